import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { getDecisionPolicies } from '$lib/server/decisions/get-decision-policies';
import { formFailure, loadFailure, type FieldNames } from '$lib/server/forms/form-failure';
import { languageFields, parseFormInput, formMultiline } from '$lib/server/forms/form-input';
import { readerZone, readLocalDateTime } from '$lib/server/time/form-zone';
import { openDecision } from '$lib/server/decisions/open-decision';
import { createDecisionSchema } from '$lib/server/decisions/schemas';

export const csr = false;

const locales = ['es', 'en', 'pt', 'fr'] as const;

/** The form fields that hold each input path, so that each invalid field is marked. */
const openFields: FieldNames = {
	title: languageFields('title', '_'),
	text: languageFields('text', '_'),
	'subject.candidate': 'candidateCode',
	'subject.candidate.code': 'candidateCode',
	'subject.candidate.kind': 'candidateKind',
	'subject.candidate.name': 'candidateName',
	'subject.candidate.ministry': 'candidateMinistry',
	'subject.note': 'subjectNote'
};

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const policies = await getDecisionPolicies(ctx, params.network).catch(loadFailure);
	if (!policies.open) error(403, translate('gov_err_not_convener'));
	return { network: params.network, zone: readerZone(locals) };
}

export const actions = {
	default: async ({ locals, params, request }) => {
		const ctx = locals.ctx;
		const form = await request.formData();
		const values: Record<string, string> = {};
		for (const [key, value] of form)
			if (typeof value === 'string') values[key] = formMultiline(form, key);
		// The zone the form names; a zone chosen on the form wins over the account's.
		const zone = readerZone(locals, values.zone);
		let id: string;
		try {
			const localized = (prefix: string) =>
				Object.fromEntries(locales.map((l) => [l, values[`${prefix}_${l}`] ?? '']));
			const deadline = readLocalDateTime(values.deadline ?? '', zone);
			// An unreadable date is reported with every other problem of the form, not alone.
			const unread = deadline ? [] : [{ path: 'deadline', message: 'gov_err_datetime_local' }];
			const kind = values.kind ?? '';
			const input = parseFormInput(
				createDecisionSchema,
				{
					kind,
					title: localized('title'),
					text: localized('text'),
					// A stand-in that parses, so that the other fields are still checked.
					deadline: deadline ?? '9999-12-31T00:00:00Z',
					positionsVisibility: values.positionsVisibility || 'all',
					subject: {
						candidate:
							kind === 'admit_observer'
								? {
										code: values.candidateCode ?? '',
										kind: values.candidateKind || 'country',
										name: { [getLocale()]: values.candidateName ?? '' },
										ministry: { [getLocale()]: values.candidateMinistry ?? '' }
									}
								: undefined,
						note: values.subjectNote || undefined
					}
				},
				unread
			);
			({ id } = await openDecision(ctx, params.network, input));
		} catch (e) {
			return formFailure(e, values, {
				form: 'open',
				summaryKey: 'gov_form_has_errors',
				names: openFields
			});
		}
		redirect(303, `/networks/${params.network}/decisions/${id}`);
	}
};

import { error, redirect } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { readDateTime } from '$lib/components/form/date-time';
import { getDecisionPolicies } from '$lib/server/decisions/get-decision-policies';
import { formFailure, loadFailure, type FieldNames } from '$lib/server/forms/form-failure';
import { languageFields, parseFormInput, formMultiline } from '$lib/server/forms/form-input';
import { readerZone, readLocalDateTime } from '$lib/server/time/form-zone';
import { openDecision } from '$lib/server/decisions/open-decision';
import { createDecisionSchema } from '$lib/server/decisions/schemas';
import { listParticipants } from '$lib/server/registry/list-participants';
import { countryChoices } from '$lib/server/registry/place-choices';
import { zoneChoices } from '$lib/server/time/zones';
import { countryName } from '$lib/server/statistics/country-names';

export const csr = false;

const locales = ['es', 'en', 'pt', 'fr'] as const;

/** The form fields that hold each input path, so that each invalid field is marked. */
const openFields: FieldNames = {
	title: languageFields('title', '_'),
	text: languageFields('text', '_'),
	'subject.candidate': 'candidateCode',
	'subject.candidate.code': 'candidateCode',
	'subject.candidate.name': 'candidateCode',
	'subject.candidate.ministry': 'candidateMinistry',
	'subject.note': 'subjectNote'
};

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const locale = getLocale();
	const [policies, participants] = await Promise.all([
		getDecisionPolicies(ctx, params.network),
		listParticipants(ctx, params.network, locale)
	]).catch(loadFailure);
	if (!policies.open) error(403, translate('gov_err_not_convener'));
	// A country that already takes part cannot be admitted again, so it is not offered.
	const taken = new Set(participants.flatMap((p) => [p.code, p.countryCode ?? '']));
	const zone = readerZone(locals);
	return {
		network: params.network,
		zone,
		zones: zoneChoices(locale, zone),
		candidates: countryChoices(locale).filter((c) => !taken.has(c.value))
	};
}

export const actions = {
	default: async ({ locals, params, request }) => {
		const ctx = locals.ctx;
		const form = await request.formData();
		const values: Record<string, string> = {};
		for (const [key, value] of form)
			if (typeof value === 'string') values[key] = formMultiline(form, key);
		values.deadline = readDateTime(form, 'deadline');
		// The zone the form names; a zone chosen on the form wins over the account's.
		const zone = readerZone(locals, values.zone);
		let id: string;
		try {
			const localized = (prefix: string) =>
				Object.fromEntries(locales.map((l) => [l, values[`${prefix}_${l}`] ?? '']));
			// A deadline is a moment: a day without its time is not one.
			const deadline = values.deadline.includes('T')
				? readLocalDateTime(values.deadline, zone)
				: null;
			// An unreadable date is reported with every other problem of the form, not alone.
			const unread = deadline ? [] : [{ path: 'deadline', message: 'gov_err_datetime_local' }];
			const kind = values.kind ?? '';
			const candidate = values.candidateCode ?? '';
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
							kind === 'admit_observer' && candidate
								? {
										code: candidate,
										kind: 'country',
										// The country's own name in every language, as the registry keeps it.
										name: Object.fromEntries(
											locales.map((l) => [l, countryName(candidate, l, '')])
										),
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

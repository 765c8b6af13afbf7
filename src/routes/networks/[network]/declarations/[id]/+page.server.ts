import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { ValidationError } from '$lib/server/errors';
import { addParagraph } from '$lib/server/declarations/add-paragraph';
import { compareVersions } from '$lib/server/declarations/compare-versions';
import { declarationIdParam } from '$lib/server/declarations/declaration-access';
import { decideAmendment } from '$lib/server/declarations/decide-amendment';
import { editParagraph } from '$lib/server/declarations/edit-paragraph';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { formValues, languageFields, formMultiline } from '$lib/server/forms/form-input';
import { getDeclaration } from '$lib/server/declarations/get-declaration';
import { listParticipants } from '$lib/server/registry/list-participants';
import { zoneChoices } from '$lib/server/time/zones';
import { readDateTime } from '$lib/components/form/date-time';
import { readLocalDateTime, readerZone } from '$lib/server/time/form-zone';
import { proposeAmendment } from '$lib/server/declarations/propose-amendment';
import { putToAdoption } from '$lib/server/declarations/put-to-adoption';
import { recordSignature } from '$lib/server/declarations/record-signature';
import {
	addParagraphSchema,
	amendmentInputSchema,
	compareQuerySchema,
	decideAmendmentSchema,
	editParagraphSchema,
	putToAdoptionSchema,
	signatureInputSchema
} from '$lib/server/declarations/schemas';

export const csr = false;

function id(raw: string): string {
	try {
		return declarationIdParam(raw);
	} catch (e) {
		return loadFailure(e);
	}
}

const localized = (form: FormData, name: string) => ({
	es: formMultiline(form, `${name}.es`),
	en: formMultiline(form, `${name}.en`),
	pt: formMultiline(form, `${name}.pt`),
	fr: formMultiline(form, `${name}.fr`)
});

export async function load({ locals, params, url }) {
	const declarationId = id(params.id);
	const locale = getLocale();
	const [declaration, participants] = await Promise.all([
		getDeclaration(locals.ctx, params.network, declarationId, locale),
		listParticipants(locals.ctx, params.network, locale)
	]).catch(loadFailure);
	const query = compareQuerySchema.safeParse({
		from: url.searchParams.get('from') ?? undefined,
		to: url.searchParams.get('to') ?? undefined,
		lang: url.searchParams.get('lang') || undefined
	});
	const comparison = query.success
		? await compareVersions(locals.ctx, params.network, declarationId, query.data).catch(() => null)
		: null;
	// Deadlines are typed in the account's zone, else the zone of the participant's country.
	const formZoneDefault = readerZone(locals);
	return {
		network: params.network,
		declaration,
		comparison,
		zone: formZoneDefault,
		formZone: formZoneDefault,
		zones: zoneChoices(locale, formZoneDefault),
		// Who may still sign, by name in the reader's language.
		signers: participants
			.filter((p) => !declaration.signatures.some((s) => s.participant === p.code))
			.map((p) => ({ value: p.code, label: p.name }))
			.sort((a, b) => a.label.localeCompare(b.label, locale)),
		notice: url.searchParams.get('notice')
	};
}

/** The text of every language is typed in `text.es` … `text.fr`. */
const textFields = { text: languageFields('text') };

const back = (network: string, declaration: string) =>
	`/networks/${network}/declarations/${declaration}?notice=saved`;

export const actions = {
	addParagraph: async ({ locals, params, request }) => {
		const form = await request.formData();
		try {
			const input = parseInput(addParagraphSchema, {
				part: formMultiline(form, 'part'),
				text: localized(form, 'text'),
				machine: form.getAll('machine')
			});
			await addParagraph(locals.ctx, params.network, id(params.id), input);
		} catch (e) {
			return formFailure(e, formValues(form), {
				form: 'addParagraph',
				summaryKey: 'gov_form_has_errors',
				names: textFields
			});
		}
		redirect(303, back(params.network, params.id));
	},
	editParagraph: async ({ locals, params, request }) => {
		const form = await request.formData();
		const paragraphId = formMultiline(form, 'paragraphId');
		try {
			const input = parseInput(editParagraphSchema, {
				text: localized(form, 'text'),
				machine: form.getAll('machine'),
				confirmed: form.getAll('confirmed')
			});
			await editParagraph(locals.ctx, params.network, id(params.id), id(paragraphId), input);
		} catch (e) {
			return formFailure(e, formValues(form), {
				form: `edit-${paragraphId}`,
				summaryKey: 'gov_form_has_errors',
				names: textFields
			});
		}
		redirect(303, back(params.network, params.id));
	},
	propose: async ({ locals, params, request }) => {
		const form = await request.formData();
		try {
			const input = parseInput(amendmentInputSchema, {
				paragraphId: formMultiline(form, 'paragraphId'),
				kind: formMultiline(form, 'kind'),
				text: localized(form, 'text'),
				justification: formMultiline(form, 'justification')
			});
			await proposeAmendment(locals.ctx, params.network, id(params.id), input);
		} catch (e) {
			// Everything typed goes back, the text of every language included.
			return formFailure(e, formValues(form), {
				form: 'propose',
				summaryKey: 'gov_form_has_errors',
				names: textFields
			});
		}
		redirect(303, back(params.network, params.id));
	},
	decide: async ({ locals, params, request }) => {
		const form = await request.formData();
		const amendmentId = formMultiline(form, 'amendmentId');
		const values = { decision: formMultiline(form, 'decision') };
		try {
			const input = parseInput(decideAmendmentSchema, values);
			await decideAmendment(locals.ctx, params.network, id(params.id), id(amendmentId), input);
		} catch (e) {
			return formFailure(e, values, { form: 'decide', summaryKey: 'gov_form_has_errors' });
		}
		redirect(303, back(params.network, params.id));
	},
	adopt: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = { deadline: readDateTime(form, 'deadline'), zone: formMultiline(form, 'zone') };
		try {
			// The zone the form names; a zone chosen on the form wins over the account's.
			const zone = readerZone(locals, values.zone);
			// A deadline is a moment: a day without its time is not one.
			const deadline = values.deadline.includes('T')
				? readLocalDateTime(values.deadline, zone)
				: null;
			if (!deadline) {
				throw new ValidationError([{ path: 'deadline', message: 'gov_err_datetime_local' }]);
			}
			const input = parseInput(putToAdoptionSchema, { deadline });
			await putToAdoption(locals.ctx, params.network, id(params.id), input);
		} catch (e) {
			return formFailure(e, values, { form: 'adopt', summaryKey: 'gov_form_has_errors' });
		}
		redirect(303, back(params.network, params.id));
	},
	sign: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = {
			participantCode: formMultiline(form, 'participantCode'),
			signatoryName: formMultiline(form, 'signatoryName'),
			signatoryTitle: formMultiline(form, 'signatoryTitle'),
			signedOn: formMultiline(form, 'signedOn')
		};
		try {
			const input = parseInput(signatureInputSchema, values);
			await recordSignature(locals.ctx, params.network, id(params.id), input);
		} catch (e) {
			return formFailure(e, values, { form: 'sign', summaryKey: 'gov_form_has_errors' });
		}
		redirect(303, back(params.network, params.id));
	}
};

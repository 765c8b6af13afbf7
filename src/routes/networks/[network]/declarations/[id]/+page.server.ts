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
import { readerZone, readLocalDateTime } from '$lib/server/time/form-zone';
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
	const declaration = await getDeclaration(
		locals.ctx,
		params.network,
		declarationId,
		getLocale()
	).catch(loadFailure);
	const query = compareQuerySchema.safeParse({
		from: url.searchParams.get('from') ?? undefined,
		to: url.searchParams.get('to') ?? undefined,
		lang: url.searchParams.get('lang') || undefined
	});
	const comparison = query.success
		? await compareVersions(locals.ctx, params.network, declarationId, query.data).catch(() => null)
		: null;
	return {
		network: params.network,
		declaration,
		comparison,
		zone: readerZone(locals),
		notice: url.searchParams.get('notice')
	};
}

/** The text of every language is typed in `text.es` … `text.fr`. */
const textFields = { text: languageFields('text') };

const back = (network: string, declaration: string) =>
	`/networks/${network}/declarations/${declaration}?notice=saved`;

/** A refused text form goes back whole, every language's field marked where the text is wrong. */
function textFormFailure(e: unknown, form: FormData, name: string) {
	return formFailure(e, formValues(form), {
		form: name,
		summaryKey: 'gov_form_has_errors',
		names: textFields
	});
}

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
			return textFormFailure(e, form, 'addParagraph');
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
			return textFormFailure(e, form, `edit-${paragraphId}`);
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
			return textFormFailure(e, form, 'propose');
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
		const values = { deadline: formMultiline(form, 'deadline') };
		try {
			// The zone the form names; a zone chosen on the form wins over the account's.
			const zone = readerZone(locals, formMultiline(form, 'zone'));
			const deadline = readLocalDateTime(values.deadline, zone);
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

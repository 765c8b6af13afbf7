import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { ValidationError } from '$lib/server/errors';
import { addParagraph } from '$lib/server/declarations/add-paragraph';
import { compareVersions } from '$lib/server/declarations/compare-versions';
import { declarationIdParam } from '$lib/server/declarations/declaration-access';
import { decideAmendment } from '$lib/server/declarations/decide-amendment';
import { editParagraph } from '$lib/server/declarations/edit-paragraph';
import {
	formFailure,
	formValues,
	languageFields,
	loadFailure,
	text
} from '$lib/server/governance/form.server';
import { getDeclaration } from '$lib/server/declarations/get-declaration';
import { localInputToIso, viewerZone } from '$lib/server/time/local-time';
import { formZone } from '$lib/server/time/form-zone';
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
	es: text(form, `${name}.es`),
	en: text(form, `${name}.en`),
	pt: text(form, `${name}.pt`),
	fr: text(form, `${name}.fr`)
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
		zone: viewerZone(locals.user?.timeZone),
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
				part: text(form, 'part'),
				text: localized(form, 'text'),
				machine: form.getAll('machine')
			});
			await addParagraph(locals.ctx, params.network, id(params.id), input);
		} catch (e) {
			return formFailure(e, formValues(form), 'addParagraph', textFields);
		}
		redirect(303, back(params.network, params.id));
	},
	editParagraph: async ({ locals, params, request }) => {
		const form = await request.formData();
		const paragraphId = text(form, 'paragraphId');
		try {
			const input = parseInput(editParagraphSchema, {
				text: localized(form, 'text'),
				machine: form.getAll('machine'),
				confirmed: form.getAll('confirmed')
			});
			await editParagraph(locals.ctx, params.network, id(params.id), id(paragraphId), input);
		} catch (e) {
			return formFailure(e, formValues(form), `edit-${paragraphId}`, textFields);
		}
		redirect(303, back(params.network, params.id));
	},
	propose: async ({ locals, params, request }) => {
		const form = await request.formData();
		try {
			const input = parseInput(amendmentInputSchema, {
				paragraphId: text(form, 'paragraphId'),
				kind: text(form, 'kind'),
				text: localized(form, 'text'),
				justification: text(form, 'justification')
			});
			await proposeAmendment(locals.ctx, params.network, id(params.id), input);
		} catch (e) {
			// Everything typed goes back, the text of every language included.
			return formFailure(e, formValues(form), 'propose', textFields);
		}
		redirect(303, back(params.network, params.id));
	},
	decide: async ({ locals, params, request }) => {
		const form = await request.formData();
		const amendmentId = text(form, 'amendmentId');
		const values = { decision: text(form, 'decision') };
		try {
			const input = parseInput(decideAmendmentSchema, values);
			await decideAmendment(locals.ctx, params.network, id(params.id), id(amendmentId), input);
		} catch (e) {
			return formFailure(e, values, 'decide');
		}
		redirect(303, back(params.network, params.id));
	},
	adopt: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = { deadline: text(form, 'deadline') };
		try {
			// The zone the form names; a zone chosen on the form wins over the account's.
			const zone = formZone({ chosen: text(form, 'zone'), account: locals.user?.timeZone });
			const deadline = localInputToIso(values.deadline, zone);
			if (!deadline) {
				throw new ValidationError([{ path: 'deadline', message: 'gov_err_datetime_local' }]);
			}
			const input = parseInput(putToAdoptionSchema, { deadline });
			await putToAdoption(locals.ctx, params.network, id(params.id), input);
		} catch (e) {
			return formFailure(e, values, 'adopt');
		}
		redirect(303, back(params.network, params.id));
	},
	sign: async ({ locals, params, request }) => {
		const form = await request.formData();
		const values = {
			participantCode: text(form, 'participantCode'),
			signatoryName: text(form, 'signatoryName'),
			signatoryTitle: text(form, 'signatoryTitle'),
			signedOn: text(form, 'signedOn')
		};
		try {
			const input = parseInput(signatureInputSchema, values);
			await recordSignature(locals.ctx, params.network, id(params.id), input);
		} catch (e) {
			return formFailure(e, values, 'sign');
		}
		redirect(303, back(params.network, params.id));
	}
};

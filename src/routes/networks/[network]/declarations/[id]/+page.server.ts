import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { ValidationError } from '$lib/server/errors';
import { addParagraph } from '$lib/server/governance/add-paragraph';
import { compareVersions } from '$lib/server/governance/compare-versions';
import { declarationIdParam } from '$lib/server/governance/declaration-access';
import { decideAmendment } from '$lib/server/governance/decide-amendment';
import { editParagraph } from '$lib/server/governance/edit-paragraph';
import {
	formFailure,
	formValues,
	languageFields,
	loadFailure,
	text
} from '$lib/server/governance/form.server';
import { getDeclaration } from '$lib/server/governance/get-declaration';
import { localInputToIso, viewerZone } from '$lib/server/governance/local-time';
import { listParticipants } from '$lib/server/registry/list-participants';
import { zoneChoices } from '$lib/server/registry/place-choices';
import { readDateTime } from '$lib/components/form/date-time';
import { formZone } from '$lib/server/time/form-zone';
import { proposeAmendment } from '$lib/server/governance/propose-amendment';
import { putToAdoption } from '$lib/server/governance/put-to-adoption';
import { recordSignature } from '$lib/server/governance/record-signature';
import {
	addParagraphSchema,
	amendmentInputSchema,
	compareQuerySchema,
	decideAmendmentSchema,
	editParagraphSchema,
	putToAdoptionSchema,
	signatureInputSchema
} from '$lib/server/governance/schemas';

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
	const own = participants.find((p) => p.code === locals.ctx.actor.participant?.code);
	// Deadlines are typed in the account's zone, else the zone of the participant's country.
	const formZoneDefault = formZone({
		account: locals.user?.timeZone,
		countryCode: own?.countryCode
	});
	return {
		network: params.network,
		declaration,
		comparison,
		zone: viewerZone(locals.user?.timeZone),
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
		const values = { deadline: readDateTime(form, 'deadline'), zone: text(form, 'zone') };
		try {
			// The zone the form names; a zone chosen on the form wins over the account's.
			const zone = formZone({ chosen: values.zone, account: locals.user?.timeZone });
			// A deadline is a moment: a day without its time is not one.
			const deadline = values.deadline.includes('T')
				? localInputToIso(values.deadline, zone)
				: null;
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

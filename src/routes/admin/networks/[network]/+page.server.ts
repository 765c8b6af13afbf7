import { pickLocalized } from '$lib/i18n/localized';
import { getLocale } from '$lib/paraglide/runtime';
import { parseInput } from '$lib/server/api/validation';
import { formFailure, loadFailure } from '$lib/server/forms/form-failure';
import { formText } from '$lib/server/forms/form-input';
import { addConference } from '$lib/server/registry/add-conference';
import { addParticipant } from '$lib/server/registry/add-participant';
import { addPresidencyTerm } from '$lib/server/registry/add-presidency-term';
import { archiveStatute } from '$lib/server/registry/archive-statute';
import { listDocuments } from '$lib/server/documents/list-documents';
import { getNetworkRegistry } from '$lib/server/registry/get-network-registry';
import { countryChoices } from '$lib/server/registry/place-choices';
import { regionName } from '$lib/server/registry/region-choices';
import {
	addConferenceSchema,
	addParticipantSchema,
	addPresidencyTermSchema,
	archiveStatuteSchema
} from '$lib/server/registry/schemas';
import { countryName } from '$lib/server/statistics/country-names';
import type { Actions, PageServerLoad } from './$types';

const languages = ['es', 'en', 'pt', 'fr'] as const;

export const load: PageServerLoad = async ({ locals, params, parent }) => {
	await parent();
	const locale = getLocale();
	const [registry, statutes] = await Promise.all([
		getNetworkRegistry(locals.ctx, params.network, locale),
		listDocuments(locals.ctx, params.network, {
			kind: 'statute',
			level: 'public',
			limit: 200,
			offset: 0
		})
	]).catch(loadFailure);
	return {
		network: {
			slug: registry.network.slug,
			acronym: registry.network.acronym,
			name: pickLocalized(registry.network.name, locale),
			region: regionName(registry.network.region, locale),
			defaultLanguage: registry.network.defaultLanguage,
			timeZone: registry.network.timeZone
		},
		participants: registry.participants
			.map((p) => ({ ...p }))
			.sort((a, b) => a.name.localeCompare(b.name, locale)),
		conferences: registry.conferences.map((c) => ({
			...c,
			country: countryName(c.countryCode, locale)
		})),
		terms: registry.terms,
		statute: registry.statute,
		statutes: statutes.items
			.filter((d) => d.translationOf === null)
			.map((d) => ({ value: d.id, label: d.title })),
		countries: countryChoices(locale)
	};
};

/** Every text field of the form as typed, to show again with the refusal. */
function readForm(form: FormData, fields: readonly string[], localized: readonly string[]) {
	const values: Record<string, string> = {};
	for (const name of fields) values[name] = formText(form, name);
	for (const prefix of localized) {
		for (const lang of languages) values[`${prefix}_${lang}`] = formText(form, `${prefix}_${lang}`);
	}
	return values;
}

function text(values: Record<string, string>, prefix: string) {
	return Object.fromEntries(languages.map((lang) => [lang, values[`${prefix}_${lang}`] ?? '']));
}

/** A typed whole number, or the text as typed for the schema to refuse with its sentence. */
function whole(value: string | undefined): number | string | null {
	const trimmed = (value ?? '').trim();
	if (trimmed === '') return null;
	return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

const head = (path: string) => path.split('.')[0];

export const actions: Actions = {
	participant: async ({ locals, params, request }) => {
		const values = readForm(
			await request.formData(),
			['kind', 'countryCode', 'code', 'status'],
			['name', 'ministry']
		);
		try {
			const input = parseInput(addParticipantSchema, {
				kind: values.kind,
				countryCode: values.countryCode,
				code: values.code,
				status: values.status,
				name: text(values, 'name'),
				ministry: text(values, 'ministry')
			});
			await addParticipant(locals.ctx, params.network, input);
		} catch (e) {
			return formFailure(e, values, { form: 'participant', field: head });
		}
		return { form: 'participant', done: true };
	},
	conference: async ({ locals, params, request }) => {
		const values = readForm(
			await request.formData(),
			['edition', 'city', 'countryCode', 'year', 'startsOn', 'endsOn'],
			['name']
		);
		try {
			const input = parseInput(addConferenceSchema, {
				edition: whole(values.edition),
				name: text(values, 'name'),
				city: values.city || null,
				countryCode: values.countryCode,
				year: whole(values.year),
				startsOn: values.startsOn || null,
				endsOn: values.endsOn || null
			});
			await addConference(locals.ctx, params.network, input);
		} catch (e) {
			return formFailure(e, values, { form: 'conference', field: head });
		}
		return { form: 'conference', done: true };
	},
	term: async ({ locals, params, request }) => {
		const values = readForm(
			await request.formData(),
			['participant', 'conferenceEdition', 'startsOn'],
			[]
		);
		try {
			const input = parseInput(addPresidencyTermSchema, {
				participant: values.participant,
				conferenceEdition: whole(values.conferenceEdition),
				startsOn: values.startsOn
			});
			await addPresidencyTerm(locals.ctx, params.network, input);
		} catch (e) {
			return formFailure(e, values, { form: 'term', field: head });
		}
		return { form: 'term', done: true };
	},
	statute: async ({ locals, params, request }) => {
		const values = readForm(await request.formData(), ['document', 'conferenceEdition'], []);
		try {
			const input = parseInput(archiveStatuteSchema, {
				document: values.document,
				conferenceEdition: whole(values.conferenceEdition)
			});
			await archiveStatute(locals.ctx, params.network, input);
		} catch (e) {
			return formFailure(e, values, { form: 'statute', field: head });
		}
		return { form: 'statute', done: true };
	}
};

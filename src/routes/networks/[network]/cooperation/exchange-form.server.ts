import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { formFailure } from '$lib/server/forms/form-failure';
import { listMissionChoices } from '$lib/server/exchange/list-mission-choices';
import type { OfferView, RequestView } from '$lib/server/exchange/schemas';
import { listParticipants } from '$lib/server/registry/list-participants';
import type { Ctx } from '$lib/server/context';
import type { OfferFormValues, RequestFormValues } from '$lib/components/exchange/form-values';

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value.replace(/\r\n/g, '\n') : '';
};
const all = (form: FormData, name: string) =>
	form.getAll(name).filter((v): v is string => typeof v === 'string');
const localized = (form: FormData, name: string) => ({
	[`${name}_es`]: text(form, `${name}_es`),
	[`${name}_en`]: text(form, `${name}_en`),
	[`${name}_pt`]: text(form, `${name}_pt`),
	[`${name}_fr`]: text(form, `${name}_fr`)
});
const pick = (values: Record<string, string | string[]>, name: string) => ({
	es: values[`${name}_es`] as string,
	en: values[`${name}_en`] as string,
	pt: values[`${name}_pt`] as string,
	fr: values[`${name}_fr`] as string
});
/** An empty number field is no number; anything else goes to the schema, which explains. */
const numberOrNull = (raw: string) => (raw.trim() ? Number(raw) : null);

export function readRequestForm(form: FormData): RequestFormValues {
	return {
		category: text(form, 'category'),
		...(localized(form, 'title') as Pick<RequestFormValues, `title_${'es' | 'en' | 'pt' | 'fr'}`>),
		...(localized(form, 'description') as Pick<
			RequestFormValues,
			`description_${'es' | 'en' | 'pt' | 'fr'}`
		>),
		quantity: text(form, 'quantity'),
		unit: text(form, 'unit'),
		neededBy: text(form, 'neededBy'),
		mission: text(form, 'mission'),
		languages: all(form, 'languages'),
		level: text(form, 'level'),
		participants: all(form, 'participants')
	};
}

export function requestInput(values: RequestFormValues) {
	const v = values as unknown as Record<string, string | string[]>;
	return {
		category: values.category || undefined,
		title: pick(v, 'title'),
		description: pick(v, 'description'),
		quantity: numberOrNull(values.quantity),
		unit: values.unit.trim() || null,
		neededBy: values.neededBy || null,
		mission: values.mission || null,
		languages: values.languages,
		releasability: {
			level: values.level || undefined,
			participants: values.level === 'named' ? values.participants : undefined
		}
	};
}

export function requestFormValues(request: RequestView): RequestFormValues {
	return {
		category: request.category,
		title_es: request.title.es ?? '',
		title_en: request.title.en ?? '',
		title_pt: request.title.pt ?? '',
		title_fr: request.title.fr ?? '',
		description_es: request.description.es ?? '',
		description_en: request.description.en ?? '',
		description_pt: request.description.pt ?? '',
		description_fr: request.description.fr ?? '',
		quantity: request.quantity === null ? '' : String(request.quantity),
		unit: request.unit ?? '',
		neededBy: request.neededBy ?? '',
		mission: request.mission ?? '',
		languages: request.languages,
		level: request.releasability.level,
		participants: request.releasability.participants
	};
}

export function readOfferForm(form: FormData): OfferFormValues {
	return {
		category: text(form, 'category'),
		...(localized(form, 'title') as Pick<OfferFormValues, `title_${'es' | 'en' | 'pt' | 'fr'}`>),
		...(localized(form, 'description') as Pick<
			OfferFormValues,
			`description_${'es' | 'en' | 'pt' | 'fr'}`
		>),
		...(localized(form, 'conditions') as Pick<
			OfferFormValues,
			`conditions_${'es' | 'en' | 'pt' | 'fr'}`
		>),
		capacity: text(form, 'capacity'),
		unit: text(form, 'unit'),
		availableFrom: text(form, 'availableFrom'),
		availableUntil: text(form, 'availableUntil'),
		languages: all(form, 'languages'),
		level: text(form, 'level'),
		participants: all(form, 'participants')
	};
}

export function offerInput(values: OfferFormValues) {
	const v = values as unknown as Record<string, string | string[]>;
	return {
		category: values.category || undefined,
		title: pick(v, 'title'),
		description: pick(v, 'description'),
		conditions: pick(v, 'conditions'),
		capacity: numberOrNull(values.capacity),
		unit: values.unit.trim() || null,
		availableFrom: values.availableFrom || null,
		availableUntil: values.availableUntil || null,
		languages: values.languages,
		releasability: {
			level: values.level || undefined,
			participants: values.level === 'named' ? values.participants : undefined
		}
	};
}

export function offerFormValues(offer: OfferView): OfferFormValues {
	return {
		category: offer.category,
		title_es: offer.title.es ?? '',
		title_en: offer.title.en ?? '',
		title_pt: offer.title.pt ?? '',
		title_fr: offer.title.fr ?? '',
		description_es: offer.description.es ?? '',
		description_en: offer.description.en ?? '',
		description_pt: offer.description.pt ?? '',
		description_fr: offer.description.fr ?? '',
		conditions_es: offer.conditions.es ?? '',
		conditions_en: offer.conditions.en ?? '',
		conditions_pt: offer.conditions.pt ?? '',
		conditions_fr: offer.conditions.fr ?? '',
		capacity: offer.capacity === null ? '' : String(offer.capacity),
		unit: offer.unit ?? '',
		availableFrom: offer.availableFrom ?? '',
		availableUntil: offer.availableUntil ?? '',
		languages: offer.languages,
		level: offer.releasability.level,
		participants: offer.releasability.participants
	};
}

/** Participants by name (for a `named` release) and missions, for the forms' pickers. */
export async function loadFormChoices(ctx: Ctx, network: string) {
	const locale = getLocale();
	const [participants, missions] = await Promise.all([
		listParticipants(ctx, network, locale),
		listMissionChoices(ctx, locale)
	]);
	return {
		participants: participants
			.map((p) => ({ code: p.code, name: p.name }))
			.sort((a, b) => a.name.localeCompare(b.name, locale)),
		missions
	};
}

const fields = [
	'category',
	'title',
	'description',
	'conditions',
	'quantity',
	'capacity',
	'unit',
	'neededBy',
	'mission',
	'languages',
	'availableFrom',
	'availableUntil'
];

function field(path: string): string | undefined {
	const head = path.split('.')[0] ?? '';
	if (path === 'releasability.participants') return 'participants';
	if (head === 'releasability') return 'level';
	return fields.find((f) => f === head);
}

/** A refused form goes back with what was typed and a message per field; never a server error. */
export function exchangeFormFailure<V>(e: unknown, values: V) {
	return formFailure(e, values, { field });
}

export function idParam(raw: string): string {
	const parsed = z.uuid().safeParse(raw);
	if (!parsed.success) error(404, translate('error_not_found'));
	return parsed.data;
}

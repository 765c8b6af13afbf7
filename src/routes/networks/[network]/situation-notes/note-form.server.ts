import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { readDateTime } from '$lib/components/form/date-time';
import type { NoteFormErrors, NoteFormValues } from '$lib/components/situation/form-values';
import type { Ctx } from '$lib/server/context';
import { formFailure } from '$lib/server/forms/form-failure';
import { formMultiline, formText } from '$lib/server/forms/form-input';
import { listParticipants } from '$lib/server/registry/list-participants';
import { countryChoices } from '$lib/server/registry/place-choices';
import { listMissionChoices } from '$lib/server/situation/list-missions';
import type { SituationNoteView } from '$lib/server/situation/schemas';
import { zoneChoicesWithMissionAreas } from '$lib/server/time/zones';

export function readNoteForm(form: FormData): NoteFormValues {
	const text = formText;
	const long = (name: string) => formMultiline(form, name);
	return {
		title_es: text(form, 'title_es'),
		title_en: text(form, 'title_en'),
		title_pt: text(form, 'title_pt'),
		title_fr: text(form, 'title_fr'),
		body_es: long('body_es'),
		body_en: long('body_en'),
		body_pt: long('body_pt'),
		body_fr: long('body_fr'),
		mission: text(form, 'mission'),
		countryCode: text(form, 'countryCode'),
		placeName: text(form, 'placeName'),
		longitude: text(form, 'longitude'),
		latitude: text(form, 'latitude'),
		observedAt: readDateTime(form, 'observedAt'),
		timeZone: text(form, 'timeZone'),
		category: text(form, 'category'),
		severity: text(form, 'severity'),
		level: text(form, 'level'),
		participants: form.getAll('participants').filter((v): v is string => typeof v === 'string')
	};
}

/** A typed coordinate: a comma is read as the decimal point; what is not a number stays text. */
function coordinate(value: string): number | string | null {
	const trimmed = value.trim();
	if (trimmed === '') return null;
	const number = Number(trimmed.replace(',', '.'));
	return Number.isFinite(number) ? number : trimmed;
}

/** The use case's input; the schema checks it and answers with a sentence per field. */
export function noteInput(values: NoteFormValues) {
	return {
		title: { es: values.title_es, en: values.title_en, pt: values.title_pt, fr: values.title_fr },
		body: { es: values.body_es, en: values.body_en, pt: values.body_pt, fr: values.body_fr },
		mission: values.mission || null,
		countryCode: values.countryCode,
		placeName: values.placeName,
		longitude: coordinate(values.longitude),
		latitude: coordinate(values.latitude),
		observedAt: values.observedAt,
		timeZone: values.timeZone,
		category: values.category,
		severity: values.severity,
		releasability: {
			level: values.level || undefined,
			participants: values.level === 'named' ? values.participants : undefined
		}
	};
}

export function noteFormValues(note: SituationNoteView): NoteFormValues {
	return {
		title_es: note.title.es ?? '',
		title_en: note.title.en ?? '',
		title_pt: note.title.pt ?? '',
		title_fr: note.title.fr ?? '',
		body_es: note.body.es ?? '',
		body_en: note.body.en ?? '',
		body_pt: note.body.pt ?? '',
		body_fr: note.body.fr ?? '',
		mission: note.mission ?? '',
		countryCode: note.country,
		placeName: note.place.name,
		longitude: note.place.longitude === null ? '' : String(note.place.longitude),
		latitude: note.place.latitude === null ? '' : String(note.place.latitude),
		observedAt: note.observedLocal,
		timeZone: note.timeZone,
		category: note.category,
		severity: note.severity,
		level: note.releasability.level,
		participants: note.releasability.participants
	};
}

/** The form's choices, each by name in the reader's language. */
export async function loadNoteFormChoices(ctx: Ctx, network: string, currentZone?: string) {
	const locale = getLocale();
	const [participants, missions] = await Promise.all([
		listParticipants(ctx, network, locale),
		listMissionChoices(ctx, locale)
	]);
	return {
		participants: participants
			.map((p) => ({ code: p.code, name: p.name }))
			.sort((a, b) => a.name.localeCompare(b.name, locale)),
		missions,
		countries: countryChoices(locale),
		zones: zoneChoicesWithMissionAreas(locale, currentZone),
		countryOf: Object.fromEntries(participants.map((p) => [p.code, p.countryCode]))
	};
}

function field(path: string): keyof NoteFormErrors | undefined {
	const head = path.split('.')[0] ?? '';
	if (path === 'releasability.participants') return 'participants';
	if (head === 'releasability') return 'level';
	const known: (keyof NoteFormErrors)[] = [
		'title',
		'body',
		'mission',
		'countryCode',
		'placeName',
		'longitude',
		'latitude',
		'observedAt',
		'timeZone',
		'category',
		'severity',
		'attachments'
	];
	return known.find((k) => k === head);
}

/** A refused form goes back with what was typed and a message per field. */
export function noteFormFailure(e: unknown, values: NoteFormValues) {
	return formFailure(e, values, { field });
}

export function noteIdParam(raw: string): string {
	const parsed = z.uuid().safeParse(raw);
	if (!parsed.success) error(404, translate('error_not_found'));
	return parsed.data;
}

import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n/translate';
import { getLocale } from '$lib/paraglide/runtime';
import { formFailure } from '$lib/server/forms/form-failure';
import { getCalendarPermissions } from '$lib/server/calendar/get-calendar-permissions';
import type { EventView } from '$lib/server/calendar/schemas';
import { listConferences } from '$lib/server/registry/list-conferences';
import { listParticipants } from '$lib/server/registry/list-participants';
import type { Ctx } from '$lib/server/context';
import { countryChoices } from '$lib/server/registry/place-choices';
import { zoneChoices } from '$lib/server/time/zones';
import { readDateTime } from '$lib/components/form/date-time';
import type { EventFormErrors, EventFormValues } from '$lib/components/calendar/form-values';
import { formText, formMultiline } from '$lib/server/forms/form-input';

const all = (form: FormData, name: string) =>
	form.getAll(name).filter((v): v is string => typeof v === 'string');

export function readEventForm(form: FormData): EventFormValues {
	return {
		title_es: formText(form, 'title_es'),
		title_en: formText(form, 'title_en'),
		title_pt: formText(form, 'title_pt'),
		title_fr: formText(form, 'title_fr'),
		description_es: formMultiline(form, 'description_es'),
		description_en: formMultiline(form, 'description_en'),
		description_pt: formMultiline(form, 'description_pt'),
		description_fr: formMultiline(form, 'description_fr'),
		kind: formText(form, 'kind'),
		organiserCode: formText(form, 'organiserCode'),
		countryCode: formText(form, 'countryCode'),
		city: formText(form, 'city'),
		timeZone: formText(form, 'timeZone'),
		allDay: formText(form, 'allDay') === 'on',
		start: readDateTime(form, 'start'),
		end: readDateTime(form, 'end'),
		workingLanguages: all(form, 'workingLanguages'),
		conferenceEdition: formText(form, 'conferenceEdition'),
		level: formText(form, 'level'),
		participants: all(form, 'participants'),
		capacity: formText(form, 'capacity'),
		registrationDeadline: formText(form, 'registrationDeadline'),
		cancelled: formText(form, 'cancelled') === 'on'
	};
}

/** The use case's input: empty optional fields become absent or null. */
export function eventInput(values: EventFormValues) {
	return {
		title: { es: values.title_es, en: values.title_en, pt: values.title_pt, fr: values.title_fr },
		description: {
			es: values.description_es,
			en: values.description_en,
			pt: values.description_pt,
			fr: values.description_fr
		},
		kind: values.kind || undefined,
		organiserCode: values.organiserCode || undefined,
		countryCode: values.countryCode,
		city: values.city,
		timeZone: values.timeZone,
		allDay: values.allDay,
		// A whole-day activity keeps only the dates, whatever times were left in the inputs.
		start: values.allDay ? values.start.split('T')[0] : values.start.trim(),
		end: values.allDay ? values.end.split('T')[0] : values.end.trim(),
		workingLanguages: values.workingLanguages,
		conferenceEdition: values.conferenceEdition ? Number(values.conferenceEdition) : null,
		releasability: {
			level: values.level || undefined,
			participants: values.level === 'named' ? values.participants : undefined
		},
		capacity: values.capacity.trim() ? Number(values.capacity) : null,
		registrationDeadline: values.registrationDeadline || null,
		cancelled: values.cancelled
	};
}

export function eventFormValues(event: EventView): EventFormValues {
	return {
		title_es: event.title.es ?? '',
		title_en: event.title.en ?? '',
		title_pt: event.title.pt ?? '',
		title_fr: event.title.fr ?? '',
		description_es: event.description.es ?? '',
		description_en: event.description.en ?? '',
		description_pt: event.description.pt ?? '',
		description_fr: event.description.fr ?? '',
		kind: event.kind,
		organiserCode: event.organiserCode,
		countryCode: event.countryCode,
		city: event.city,
		timeZone: event.timeZone,
		allDay: event.allDay,
		start: event.start,
		end: event.end,
		workingLanguages: event.workingLanguages,
		conferenceEdition: event.conferenceEdition === null ? '' : String(event.conferenceEdition),
		level: event.releasability.level,
		participants: event.releasability.participants,
		capacity: event.capacity === null ? '' : String(event.capacity),
		registrationDeadline: event.registrationDeadline ?? '',
		cancelled: event.cancelled
	};
}

/**
 * Participants, organisers the user may choose, conferences, countries and time zones, for the
 * form's choices; `currentZone` stays listed when an edited event has a zone the list lacks.
 */
export async function loadEventFormChoices(ctx: Ctx, network: string, currentZone?: string) {
	const locale = getLocale();
	const [permissions, participants, conferences] = await Promise.all([
		getCalendarPermissions(ctx, network),
		listParticipants(ctx, network, locale),
		listConferences(ctx, network, locale)
	]);
	const choices = participants
		.map((p) => ({ code: p.code, name: p.name }))
		.sort((a, b) => a.name.localeCompare(b.name, locale));
	return {
		permissions,
		organisers: choices.filter((c) => permissions.organiserCodes.includes(c.code)),
		participants: choices,
		conferences: conferences.map((c) => ({ edition: c.edition, name: c.name })),
		countries: countryChoices(locale),
		zones: zoneChoices(locale, currentZone),
		/** Each participant's country, for placing a new event where its organiser is. */
		countryOf: Object.fromEntries(participants.map((p) => [p.code, p.countryCode]))
	};
}

function field(path: string): keyof EventFormErrors | undefined {
	const head = path.split('.')[0] ?? '';
	if (path === 'releasability.participants') return 'participants';
	if (head === 'releasability') return 'level';
	const known: (keyof EventFormErrors)[] = [
		'title',
		'kind',
		'organiserCode',
		'countryCode',
		'city',
		'timeZone',
		'start',
		'end',
		'workingLanguages',
		'conferenceEdition',
		'capacity',
		'registrationDeadline'
	];
	return known.find((k) => k === head);
}

/** A refused form goes back with what was typed and a message per field; never a server error. */
export function eventFormFailure(e: unknown, values: EventFormValues) {
	return formFailure(e, values, { field });
}

export function eventIdParam(raw: string): string {
	const parsed = z.uuid().safeParse(raw);
	if (!parsed.success) error(404, translate('error_not_found'));
	return parsed.data;
}

import countries from 'i18n-iso-countries';
import ical, { ICalCalendarMethod, ICalEventClass, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { pickLocalized } from '$lib/i18n/localized';
import type { EventView } from './schemas';
import { buildVtimezone, nextDay } from './time';

export interface IcsOptions {
	name: string;
	locale: string;
	/** The page of an event, linked from each entry. */
	eventUrl: (event: EventView) => string;
	/** Participant names by code, for the organiser line. */
	organiserNames?: ReadonlyMap<string, string>;
}

// eslint-disable-next-line no-control-regex -- these are exactly the characters to drop
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text without the control characters iCalendar cannot carry (CR and LF are escaped instead). */
export function withoutControls(text: string): string {
	return text.replace(controls, '');
}

/** An RFC 5545 TEXT value (section 3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeIcsText(text: string): string {
	return withoutControls(text)
		.replace(/[\\;,]/g, (c) => `\\${c}`)
		.replace(/\r\n|\r|\n/g, '\\n');
}

function countryName(code: string, locale: string): string {
	const alpha2 = countries.alpha3ToAlpha2(code);
	return (alpha2 && countries.getName(alpha2, locale)) || code;
}

/**
 * An RFC 5545 calendar: a stable UID and increasing SEQUENCE per event, STATUS:CANCELLED for
 * cancelled events, TZID with a matching VTIMEZONE for timed events, VALUE=DATE for all-day ones.
 * The library escapes and folds event properties but writes the calendar's NAME and X-WR-CALNAME
 * raw, so a title with a line break could add events of its own: that name is escaped here.
 * Control characters other than line breaks have no text form in iCalendar and are dropped.
 */
export function buildIcs(events: readonly EventView[], options: IcsOptions): string {
	const years = new Map<string, [number, number]>();
	for (const e of events) {
		if (e.allDay) continue;
		const from = Number(e.startsOn.slice(0, 4));
		const to = Number(e.endsOn.slice(0, 4));
		const known = years.get(e.timeZone);
		years.set(e.timeZone, known ? [Math.min(known[0], from), Math.max(known[1], to)] : [from, to]);
	}
	const calendar = ical({
		name: escapeIcsText(options.name),
		prodId: { company: 'relacopaz', product: 'calendar', language: options.locale.toUpperCase() },
		method: ICalCalendarMethod.PUBLISH,
		// No calendar-wide zone: each timed event names its own, and gets its own VTIMEZONE.
		timezone: {
			name: null,
			generator: (zone) => {
				const span = years.get(zone);
				return span ? buildVtimezone(zone, span[0], span[1]) : null;
			}
		}
	});
	for (const e of events) {
		const organiser = options.organiserNames?.get(e.organiserCode) ?? e.organiserCode;
		const description = [
			pickLocalized(e.description, options.locale),
			`${organiser} · ${e.workingLanguages.join(', ')}`
		]
			.filter((line) => line.trim() !== '')
			.join('\n\n');
		calendar.createEvent({
			id: e.uid,
			sequence: e.sequence,
			stamp: DateTime.fromISO(e.updatedAt, { zone: 'UTC' }),
			created: DateTime.fromISO(e.createdAt, { zone: 'UTC' }),
			lastModified: DateTime.fromISO(e.updatedAt, { zone: 'UTC' }),
			summary: withoutControls(pickLocalized(e.title, options.locale)),
			description: withoutControls(description),
			location: withoutControls(`${e.city}, ${countryName(e.countryCode, options.locale)}`),
			url: options.eventUrl(e),
			status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
			class:
				e.releasability.level === 'public' ? ICalEventClass.PUBLIC : ICalEventClass.CONFIDENTIAL,
			categories: [{ name: e.kind }],
			...(e.allDay
				? {
						allDay: true,
						start: DateTime.fromISO(e.startsOn, { zone: 'UTC' }),
						end: DateTime.fromISO(nextDay(e.endsOn), { zone: 'UTC' })
					}
				: {
						timezone: e.timeZone,
						start: DateTime.fromISO(e.startsAt!, { zone: e.timeZone }),
						end: DateTime.fromISO(e.endsAt!, { zone: e.timeZone })
					})
		});
	}
	return calendar.toString();
}

import { DateTime } from 'luxon';
import { isTimeZone } from '../auth/schemas';
import { defaultZoneOf } from './zones';
import type { Actor } from '../access/actor';

/**
 * The zone a form reads and shows date-times in: the one chosen on the form, else the one the
 * person saved on their account, else their participant's country's, else UTC.
 */
export function formZone(options: {
	chosen?: string | null;
	account?: string | null;
	countryCode?: string | null;
}): string {
	for (const zone of [options.chosen, options.account, defaultZoneOf(options.countryCode)]) {
		if (zone && isTimeZone(zone)) return zone;
	}
	return 'UTC';
}

/**
 * The zone a reader's forms and pages use: the one chosen on the form, else the account's, else
 * the zone of the reader's country (a country participant's code is its ISO 3166 alpha-3 code).
 */
export function readerZone(
	locals: { user: { timeZone?: string | null } | null; ctx: { actor: Actor } },
	chosen?: string | null
): string {
	return formZone({
		chosen,
		account: locals.user?.timeZone,
		countryCode: locals.ctx.actor.participant?.code
	});
}

/** A `datetime-local` value read in `zone`, as an ISO date-time with its offset; null if unreadable. */
export function readLocalDateTime(value: string, zone: string): string | null {
	if (!value) return null;
	const moment = DateTime.fromISO(value, { zone });
	return moment.isValid ? moment.toISO({ suppressMilliseconds: true }) : null;
}

/** A moment as a `datetime-local` value in `zone`. */
export function toLocalDateTime(moment: Date, zone: string): string {
	return DateTime.fromJSDate(moment, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** How a zone is named next to a date-time: "America/Asuncion (GMT-03:00)", at that moment. */
export function zoneLabel(zone: string, at: Date = new Date()): string {
	const offset = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
		.formatToParts(at)
		.find((part) => part.type === 'timeZoneName')?.value;
	return offset && zone !== 'UTC' ? `${zone} (${offset})` : 'UTC';
}

/** A moment shown with its zone named, in the interface language. */
export function formatWithZone(moment: Date, zone: string, locale: string): string {
	const text = new Intl.DateTimeFormat(locale, {
		dateStyle: 'long',
		timeStyle: 'short',
		timeZone: zone
	}).format(moment);
	return `${text} (${zoneLabel(zone, moment)})`;
}

import { DateTime } from 'luxon';
import { isTimeZone } from '../auth/schemas';

/**
 * The zone a person most likely works in, by the country (ISO 3166 alpha-3) of their participant.
 * Countries with several zones get their capital's.
 */
const capitalZones: Readonly<Record<string, string>> = {
	ARG: 'America/Argentina/Buenos_Aires',
	BOL: 'America/La_Paz',
	BRA: 'America/Sao_Paulo',
	CHL: 'America/Santiago',
	COL: 'America/Bogota',
	CRI: 'America/Costa_Rica',
	CUB: 'America/Havana',
	DOM: 'America/Santo_Domingo',
	ECU: 'America/Guayaquil',
	GTM: 'America/Guatemala',
	HND: 'America/Tegucigalpa',
	HTI: 'America/Port-au-Prince',
	JAM: 'America/Jamaica',
	MEX: 'America/Mexico_City',
	NIC: 'America/Managua',
	PAN: 'America/Panama',
	PER: 'America/Lima',
	PRY: 'America/Asuncion',
	SLV: 'America/El_Salvador',
	TTO: 'America/Port_of_Spain',
	URY: 'America/Montevideo',
	VEN: 'America/Caracas',
	CAN: 'America/Toronto',
	USA: 'America/New_York',
	ESP: 'Europe/Madrid',
	FRA: 'Europe/Paris',
	PRT: 'Europe/Lisbon',
	ITA: 'Europe/Rome',
	DEU: 'Europe/Berlin',
	GBR: 'Europe/London',
	IND: 'Asia/Kolkata',
	PAK: 'Asia/Karachi',
	CHN: 'Asia/Shanghai',
	JPN: 'Asia/Tokyo',
	KOR: 'Asia/Seoul'
};

export function countryZone(countryCode: string | null | undefined): string | null {
	return (countryCode && capitalZones[countryCode.toUpperCase()]) || null;
}

/**
 * The zone a form reads and shows date-times in: the one chosen on the form, else the one the
 * person saved on their account, else their participant's country's, else UTC.
 */
export function formZone(options: {
	chosen?: string | null;
	account?: string | null;
	countryCode?: string | null;
}): string {
	for (const zone of [options.chosen, options.account, countryZone(options.countryCode)]) {
		if (zone && isTimeZone(zone)) return zone;
	}
	return 'UTC';
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

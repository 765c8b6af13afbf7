import { countryName } from '../statistics/country-names';

/**
 * The time zones of the region and of the network's usual partners, grouped by country. The first
 * zone of a country is the one its capital keeps. Zones are named by Intl in the reader's
 * language, never by a city written in one language.
 */
const zonesByCountry: Record<string, string[]> = {
	ARG: ['America/Argentina/Buenos_Aires'],
	BHS: ['America/Nassau'],
	BLZ: ['America/Belize'],
	BOL: ['America/La_Paz'],
	BRA: [
		'America/Sao_Paulo',
		'America/Manaus',
		'America/Recife',
		'America/Belem',
		'America/Cuiaba',
		'America/Porto_Velho',
		'America/Rio_Branco',
		'America/Noronha'
	],
	BRB: ['America/Barbados'],
	CAN: ['America/Toronto'],
	CHL: ['America/Santiago', 'America/Punta_Arenas', 'Pacific/Easter'],
	CHN: ['Asia/Shanghai'],
	COL: ['America/Bogota'],
	CRI: ['America/Costa_Rica'],
	CUB: ['America/Havana'],
	DOM: ['America/Santo_Domingo'],
	ECU: ['America/Guayaquil', 'Pacific/Galapagos'],
	ESP: ['Europe/Madrid', 'Atlantic/Canary'],
	GTM: ['America/Guatemala'],
	GUY: ['America/Guyana'],
	HND: ['America/Tegucigalpa'],
	HTI: ['America/Port-au-Prince'],
	IND: ['Asia/Kolkata'],
	JAM: ['America/Jamaica'],
	MEX: [
		'America/Mexico_City',
		'America/Cancun',
		'America/Monterrey',
		'America/Hermosillo',
		'America/Mazatlan',
		'America/Tijuana'
	],
	NIC: ['America/Managua'],
	PAK: ['Asia/Karachi'],
	PAN: ['America/Panama'],
	PER: ['America/Lima'],
	PRY: ['America/Asuncion'],
	SLV: ['America/El_Salvador'],
	SUR: ['America/Paramaribo'],
	TTO: ['America/Port_of_Spain'],
	URY: ['America/Montevideo'],
	USA: ['America/New_York'],
	VEN: ['America/Caracas'],
	// Observers and partners from outside the region.
	DEU: ['Europe/Berlin'],
	FRA: ['Europe/Paris'],
	GBR: ['Europe/London'],
	ITA: ['Europe/Rome'],
	JPN: ['Asia/Tokyo'],
	KOR: ['Asia/Seoul'],
	PRT: ['Europe/Lisbon']
};

/** The zone a participant's country keeps at its capital, if the list has it. */
export function defaultZoneOf(countryCode: string | null | undefined): string | undefined {
	return countryCode ? zonesByCountry[countryCode.toUpperCase()]?.[0] : undefined;
}

// Formatters are costly to build and a page lists some eighty zones: one per zone, style and
// language is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneNamePart(
	zone: string,
	locale: string,
	style: 'shortOffset' | 'longGeneric',
	at: Date
): string {
	const key = `${locale} ${style} ${zone}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style });
		formatters.set(key, format);
	}
	return format.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

function offsetOf(zone: string, at: Date): string {
	return zoneNamePart(zone, 'en', 'shortOffset', at).replace('GMT', 'UTC').replace('-', '−');
}

interface Zone {
	value: string;
	/** ISO 3166-1 alpha-3 of the country the zone is in, when the list knows it. */
	country?: string;
}

/**
 * Labels in the reader's language: the country (as everywhere on the platform), the zone's name
 * as Intl gives it in that language ("hora estándar central", "Central Standard Time") and the
 * offset at `at`. Zones of one country can share a name and an offset (Mexico City and
 * Monterrey); those also show their identifier, which is the same in every language, so no two
 * choices read alike. So does a zone of no listed country, which has nothing else to place it.
 */
function labelled(zones: Zone[], locale: string, at: Date): { value: string; label: string }[] {
	const named = zones.map(({ value, country }) => {
		const zoneName = `${zoneNamePart(value, locale, 'longGeneric', at)} (${offsetOf(value, at)})`;
		return {
			value,
			placed: country !== undefined,
			label: country
				? `${countryName(country, locale, country === 'XKX' ? 'Kosovo' : country)} — ${zoneName}`
				: zoneName
		};
	});
	const uses = new Map<string, number>();
	for (const { label } of named) uses.set(label, (uses.get(label) ?? 0) + 1);
	return named.map(({ value, placed, label }) => ({
		value,
		label: placed && uses.get(label) === 1 ? label : `${label} · ${value}`
	}));
}

/** The listed zones by country name in the reader's language. */
function regionalZones(locale: string): Zone[] {
	return Object.entries(zonesByCountry)
		.map(([code, zones]) => ({ code, name: countryName(code, locale), zones }))
		.sort((a, b) => a.name.localeCompare(b.name, locale))
		.flatMap(({ code, zones }) => zones.map((value) => ({ value, country: code })));
}

/**
 * Zone choices by country and zone name in the reader's language, sorted by country name. A zone
 * the record already has but the list lacks is kept first, so editing never silently changes it.
 */
export function zoneChoices(
	locale: string,
	current?: string,
	at = new Date()
): { value: string; label: string }[] {
	const zones = regionalZones(locale);
	if (current && !zones.some((z) => z.value === current)) zones.unshift({ value: current });
	return labelled(zones, locale, at);
}

/** The zones of the places where UN missions serve, by host country. */
const missionZones: [zone: string, country: string][] = [
	['Asia/Kabul', 'AFG'],
	['Africa/Bangui', 'CAF'],
	['Asia/Nicosia', 'CYP'],
	['Africa/Kinshasa', 'COD'],
	['Africa/Lubumbashi', 'COD'],
	['Africa/Cairo', 'EGY'],
	['Africa/Addis_Ababa', 'ETH'],
	['Africa/Bissau', 'GNB'],
	['Asia/Baghdad', 'IRQ'],
	['Asia/Jerusalem', 'ISR'],
	['Asia/Amman', 'JOR'],
	['Africa/Nairobi', 'KEN'],
	['Europe/Belgrade', 'XKX'],
	['Asia/Beirut', 'LBN'],
	['Africa/Tripoli', 'LBY'],
	['Africa/Bamako', 'MLI'],
	['Africa/El_Aaiun', 'ESH'],
	['Africa/Dakar', 'SEN'],
	['Africa/Mogadishu', 'SOM'],
	['Africa/Juba', 'SSD'],
	['Africa/Khartoum', 'SDN'],
	['Asia/Damascus', 'SYR'],
	['Africa/Kampala', 'UGA'],
	['Asia/Aden', 'YEM']
];

/**
 * For records written wherever missions are (situation notes): the region's zones first (as
 * everywhere on the platform), then the mission areas' zones by host country, then UTC.
 */
export function zoneChoicesWithMissionAreas(
	locale: string,
	current?: string,
	at = new Date()
): { value: string; label: string }[] {
	const regional = regionalZones(locale);
	const known = new Set(regional.map((z) => z.value));
	const abroad = missionZones
		.filter(([zone]) => !known.has(zone))
		.map(([value, country]) => ({
			value,
			country,
			name: countryName(country, locale, country === 'XKX' ? 'Kosovo' : country)
		}))
		.sort((a, b) => a.name.localeCompare(b.name, locale))
		.map(({ value, country }) => ({ value, country }));
	const offered = [...regional, ...abroad];
	// A zone the note already has stays first, but only once.
	if (current && current !== 'UTC' && !offered.some((z) => z.value === current))
		offered.unshift({ value: current });
	return [...labelled(offered, locale, at), { value: 'UTC', label: 'UTC' }];
}

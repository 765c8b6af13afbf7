import { countryName } from '../statistics/country-names';

/**
 * The time zones of the region and of the network's usual partners, each under the city people
 * know it by, grouped by country. The first zone of a country is the one its capital keeps.
 */
const zonesByCountry: Record<string, [zone: string, city: string][]> = {
	ARG: [['America/Argentina/Buenos_Aires', 'Buenos Aires']],
	BHS: [['America/Nassau', 'Nassau']],
	BLZ: [['America/Belize', 'Belmopán']],
	BOL: [['America/La_Paz', 'La Paz']],
	BRA: [
		['America/Sao_Paulo', 'Brasília, São Paulo, Rio de Janeiro'],
		['America/Manaus', 'Manaus'],
		['America/Recife', 'Recife'],
		['America/Belem', 'Belém'],
		['America/Cuiaba', 'Cuiabá'],
		['America/Porto_Velho', 'Porto Velho'],
		['America/Rio_Branco', 'Rio Branco'],
		['America/Noronha', 'Fernando de Noronha']
	],
	BRB: [['America/Barbados', 'Bridgetown']],
	CAN: [['America/Toronto', 'Ottawa, Toronto']],
	CHL: [
		['America/Santiago', 'Santiago'],
		['America/Punta_Arenas', 'Punta Arenas'],
		['Pacific/Easter', 'Rapa Nui']
	],
	CHN: [['Asia/Shanghai', 'Beijing']],
	COL: [['America/Bogota', 'Bogotá']],
	CRI: [['America/Costa_Rica', 'San José']],
	CUB: [['America/Havana', 'La Habana']],
	DOM: [['America/Santo_Domingo', 'Santo Domingo']],
	ECU: [
		['America/Guayaquil', 'Quito, Guayaquil'],
		['Pacific/Galapagos', 'Galápagos']
	],
	ESP: [
		['Europe/Madrid', 'Madrid'],
		['Atlantic/Canary', 'Las Palmas']
	],
	GTM: [['America/Guatemala', 'Ciudad de Guatemala']],
	GUY: [['America/Guyana', 'Georgetown']],
	HND: [['America/Tegucigalpa', 'Tegucigalpa']],
	HTI: [['America/Port-au-Prince', 'Port-au-Prince']],
	IND: [['Asia/Kolkata', 'New Delhi']],
	JAM: [['America/Jamaica', 'Kingston']],
	MEX: [
		['America/Mexico_City', 'Ciudad de México'],
		['America/Cancun', 'Cancún'],
		['America/Monterrey', 'Monterrey'],
		['America/Hermosillo', 'Hermosillo'],
		['America/Mazatlan', 'Mazatlán'],
		['America/Tijuana', 'Tijuana']
	],
	NIC: [['America/Managua', 'Managua']],
	PAK: [['Asia/Karachi', 'Islamabad']],
	PAN: [['America/Panama', 'Panamá']],
	PER: [['America/Lima', 'Lima']],
	PRY: [['America/Asuncion', 'Asunción']],
	SLV: [['America/El_Salvador', 'San Salvador']],
	SUR: [['America/Paramaribo', 'Paramaribo']],
	TTO: [['America/Port_of_Spain', 'Port of Spain']],
	URY: [['America/Montevideo', 'Montevideo']],
	USA: [['America/New_York', 'New York']],
	VEN: [['America/Caracas', 'Caracas']],
	// Observers and partners from outside the region.
	DEU: [['Europe/Berlin', 'Berlin']],
	FRA: [['Europe/Paris', 'Paris']],
	GBR: [['Europe/London', 'London']],
	ITA: [['Europe/Rome', 'Roma']],
	JPN: [['Asia/Tokyo', 'Tokyo']],
	KOR: [['Asia/Seoul', 'Seoul']],
	PRT: [['Europe/Lisbon', 'Lisboa']]
};

/** The zone a participant's country keeps at its capital, if the list has it. */
export function defaultZoneOf(countryCode: string | null | undefined): string | undefined {
	return countryCode ? zonesByCountry[countryCode.toUpperCase()]?.[0]?.[0] : undefined;
}

function offsetOf(zone: string, at: Date): string {
	const part = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
		.formatToParts(at)
		.find((p) => p.type === 'timeZoneName');
	return part?.value.replace('GMT', 'UTC').replace('-', '−') ?? '';
}

/**
 * Zone choices by city and country in the reader's language, sorted by country name. A zone the
 * record already has but the list lacks is kept, so editing never silently changes it.
 */
export function zoneChoices(
	locale: string,
	current?: string,
	at = new Date()
): { value: string; label: string }[] {
	const choices = Object.entries(zonesByCountry)
		.map(([code, zones]) => ({ country: countryName(code, locale), zones }))
		.sort((a, b) => a.country.localeCompare(b.country, locale))
		.flatMap(({ country, zones }) =>
			zones.map(([zone, city]) => ({
				value: zone,
				label: `${city} — ${country} (${offsetOf(zone, at)})`
			}))
		);
	if (current && !choices.some((c) => c.value === current)) {
		choices.unshift({ value: current, label: current.split('/').pop()!.replace(/_/g, ' ') });
	}
	return choices;
}

/** The zones of the places where UN missions serve, each under its city, by host country. */
const missionZones: [zone: string, city: string, country: string][] = [
	['Asia/Kabul', 'Kabul', 'AFG'],
	['Africa/Bangui', 'Bangui', 'CAF'],
	['Asia/Nicosia', 'Nicosia', 'CYP'],
	['Africa/Kinshasa', 'Kinshasa', 'COD'],
	['Africa/Lubumbashi', 'Goma, Bukavu, Lubumbashi', 'COD'],
	['Africa/Cairo', 'Cairo', 'EGY'],
	['Africa/Addis_Ababa', 'Addis Ababa', 'ETH'],
	['Africa/Bissau', 'Bissau', 'GNB'],
	['Asia/Baghdad', 'Baghdad, Erbil', 'IRQ'],
	['Asia/Jerusalem', 'Jerusalem', 'ISR'],
	['Asia/Amman', 'Amman', 'JOR'],
	['Africa/Nairobi', 'Nairobi', 'KEN'],
	['Europe/Belgrade', 'Pristina', 'XKX'],
	['Asia/Beirut', 'Beirut, Naqoura', 'LBN'],
	['Africa/Tripoli', 'Tripoli', 'LBY'],
	['Africa/Bamako', 'Bamako', 'MLI'],
	['Africa/El_Aaiun', 'Laayoune', 'ESH'],
	['Africa/Dakar', 'Dakar', 'SEN'],
	['Africa/Mogadishu', 'Mogadishu', 'SOM'],
	['Africa/Juba', 'Juba', 'SSD'],
	['Africa/Khartoum', 'Khartoum, Abyei', 'SDN'],
	['Asia/Damascus', 'Damascus, Golan', 'SYR'],
	['Africa/Kampala', 'Entebbe', 'UGA'],
	['Asia/Aden', 'Aden, Hudaydah', 'YEM']
];

/**
 * For records written wherever missions are (situation notes): the region's zones first (by city and country, as
 * everywhere on the platform), then the mission areas' zones by host country, then UTC.
 */
export function zoneChoicesWithMissionAreas(
	locale: string,
	current?: string
): { value: string; label: string }[] {
	const regional = zoneChoices(locale, current);
	const known = new Set(regional.map((z) => z.value));
	const abroad = missionZones
		.filter(([zone]) => !known.has(zone))
		.map(([zone, city, country]) => ({
			value: zone,
			label: `${city} — ${countryName(country, locale, country === 'XKX' ? 'Kosovo' : country)}`
		}))
		.sort((a, b) => a.label.localeCompare(b.label, locale));
	// A zone the note already has stays first, but only once.
	const inAbroad = new Set(abroad.map((z) => z.value));
	const kept = regional.filter(
		(z, i) => !(i === 0 && inAbroad.has(z.value) && z.value === current)
	);
	return [...kept, ...abroad, ...(known.has('UTC') ? [] : [{ value: 'UTC', label: 'UTC' }])];
}

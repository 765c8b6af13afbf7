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

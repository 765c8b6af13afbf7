import { countryName } from '../statistics/country-names';
import type { PlaceChoice } from '../registry/place-choices';
import { zoneChoices } from '../time/zones';

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
 * Notes come from wherever missions are: the region's zones first (by city and country, as
 * everywhere on the platform), then the mission areas' zones by host country, then UTC.
 */
export function noteZoneChoices(locale: string, current?: string): PlaceChoice[] {
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

import { zoneChoices, type PlaceChoice } from '../registry/place-choices';

/**
 * Notes come from wherever missions are, so the zones are the region's first (by city and
 * country, as everywhere on the platform), then UTC, then every other zone by its city.
 */
export function noteZoneChoices(locale: string, current?: string): PlaceChoice[] {
	const regional = zoneChoices(locale, current);
	const known = new Set(regional.map((z) => z.value));
	const rest = Intl.supportedValuesOf('timeZone')
		.filter((zone) => !known.has(zone) && zone.includes('/'))
		.map((zone) => {
			const [area, ...city] = zone.split('/');
			return { value: zone, label: `${city.join(' / ').replace(/_/g, ' ')} (${area})` };
		})
		.sort((a, b) => a.label.localeCompare(b.label, locale));
	return [...regional, ...(known.has('UTC') ? [] : [{ value: 'UTC', label: 'UTC' }]), ...rest];
}

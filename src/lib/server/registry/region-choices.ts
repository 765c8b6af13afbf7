import type { PlaceChoice } from './place-choices';

/**
 * The UN M49 regions and sub-regions a network may serve, world first. Names come from the
 * reader's locale data, except Latin America and the Caribbean, which the M49 list names so and
 * the locale data shortens to "Latin America".
 */
const regionCodes = [
	'001',
	'002',
	'015',
	'202',
	'011',
	'014',
	'017',
	'018',
	'019',
	'419',
	'029',
	'013',
	'005',
	'021',
	'142',
	'143',
	'030',
	'035',
	'034',
	'145',
	'150',
	'151',
	'154',
	'039',
	'155',
	'009',
	'053',
	'054',
	'057',
	'061'
] as const;

const m49Names: Record<string, Record<string, string>> = {
	'419': {
		es: 'América Latina y el Caribe',
		en: 'Latin America and the Caribbean',
		pt: 'América Latina e Caribe',
		fr: 'Amérique latine et Caraïbes'
	}
};

export function isRegionCode(code: string): boolean {
	return (regionCodes as readonly string[]).includes(code);
}

export function regionName(code: string, locale: string): string {
	const own = m49Names[code]?.[locale];
	if (own) return own;
	try {
		return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/** Every region by name in the reader's language, the world first, then by name. */
export function regionChoices(locale: string): PlaceChoice[] {
	const [world, ...rest] = regionCodes.map((code) => ({
		value: code,
		label: regionName(code, locale)
	}));
	return [world!, ...rest.sort((a, b) => a.label.localeCompare(b.label, locale))];
}

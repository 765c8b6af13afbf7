import { countries } from './country-names';

/**
 * UN report spellings that the ISO library does not know, or knows only under another name.
 * Each name the reports use for a country across the years is listed, so that a renaming never
 * splits a country in two.
 */
export const unSpellings: Readonly<Record<string, string>> = {
	Turkey: 'TUR',
	Turkiye: 'TUR',
	Türkiye: 'TUR',
	'Iran (Islamic Republic of)': 'IRN',
	Iran: 'IRN',
	'Moldova, Republic of': 'MDA',
	'Republic of Moldova': 'MDA',
	"Côte d'Ivoire": 'CIV',
	"Cote d'Ivoire": 'CIV',
	Swaziland: 'SWZ',
	Eswatini: 'SWZ',
	'Viet Nam': 'VNM',
	Bolivia: 'BOL',
	'Bolivia (Plurinational State of)': 'BOL',
	'Brunei Darussalam': 'BRN',
	'United Republic of Tanzania': 'TZA',
	'United States of America': 'USA',
	'Democratic Republic of the Congo': 'COD',
	'Democratic Republic of the Congo (DRC)': 'COD',
	Congo: 'COG',
	'Republic of Korea': 'KOR',
	"Lao People's Democratic Republic": 'LAO',
	'Russian Federation': 'RUS',
	'Syrian Arab Republic': 'SYR',
	'North Macedonia': 'MKD',
	'United Kingdom': 'GBR',
	'Venezuela (Bolivarian Republic of)': 'VEN'
};

/** The ISO 3166-1 alpha-3 code of a contributing country as the UN spells it, or null. */
export function iso3ForUnName(name: string): string | null {
	const trimmed = name.trim();
	const explicit = unSpellings[trimmed];
	if (explicit) return explicit;
	return countries.getAlpha3Code(trimmed, 'en') ?? null;
}

import { countries, countryName } from '../statistics/country-names';

export interface PlaceChoice {
	value: string;
	label: string;
}

/** Every country by its name in the reader's language, the value its ISO alpha-3 code. */
export function countryChoices(locale: string): PlaceChoice[] {
	return Object.keys(countries.getAlpha3Codes())
		.map((code) => ({ value: code, label: countryName(code, locale) }))
		.sort((a, b) => a.label.localeCompare(b.label, locale));
}

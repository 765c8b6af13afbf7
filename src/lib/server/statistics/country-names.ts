import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import pt from 'i18n-iso-countries/langs/pt.json';

for (const locale of [en, es, fr, pt]) countries.registerLocale(locale);

/** A country's name in the reader's language, from the ISO country library. */
export function countryName(iso3: string, locale: string, fallback = iso3): string {
	const alpha2 = countries.alpha3ToAlpha2(iso3);
	return (alpha2 && countries.getName(alpha2, locale, { select: 'alias' })) || fallback;
}

export { countries };

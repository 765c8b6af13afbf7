import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { ParityCategory, PersonnelType } from './categories';
import { countryName } from './country-names';
import type { Dataset } from './dataset';
import { localizedMissionName } from './mission-names';

export function typeLabel(type: string, locale: Locale): string {
	const labels: Record<PersonnelType, () => string> = {
		troops: () => m.stats_type_troops({}, { locale }),
		'staff-officer': () => m.stats_type_staff_officer({}, { locale }),
		'experts-on-mission': () => m.stats_type_experts({}, { locale }),
		'formed-police-units': () => m.stats_type_fpu({}, { locale }),
		'individual-police': () => m.stats_type_police({}, { locale })
	};
	return labels[type as PersonnelType]?.() ?? type;
}

export function categoryLabel(category: ParityCategory, locale: Locale): string {
	const labels: Record<ParityCategory, () => string> = {
		troops: () => m.stats_category_troops({}, { locale }),
		'staff-experts': () => m.stats_category_staff_experts({}, { locale }),
		fpu: () => m.stats_type_fpu({}, { locale }),
		'individual-police': () => m.stats_type_police({}, { locale })
	};
	return labels[category]();
}

export function countryLabel(dataset: Dataset, iso3: string, locale: Locale): string {
	return countryName(iso3, locale, dataset.countries.get(iso3) ?? iso3);
}

/**
 * A mission as "ACRONYM (name)", and the language of the name when it is not the reader's (English
 * where the UN gives no name in the reader's language), so pages can mark it.
 */
export function missionLabel(
	dataset: Dataset,
	acronym: string,
	locale: Locale
): { label: string; otherLang: Locale | null } {
	const named = localizedMissionName(acronym, dataset.missions.get(acronym)?.name, locale);
	if (!named) return { label: acronym, otherLang: null };
	return {
		label: `${acronym} (${named.name})`,
		otherLang: named.lang === locale ? null : named.lang
	};
}

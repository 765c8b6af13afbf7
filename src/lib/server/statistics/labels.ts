import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { ParityCategory, PersonnelType } from './categories';
import { countryName } from './country-names';
import type { Dataset } from './dataset';

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

export function missionLabel(dataset: Dataset, acronym: string): string {
	return dataset.missions.get(acronym)?.name
		? `${acronym} (${dataset.missions.get(acronym)!.name})`
		: acronym;
}

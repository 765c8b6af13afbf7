/** The five personnel types of the UN reports, as slugs, with the label the reports use. */
export const personnelTypes = [
	'troops',
	'staff-officer',
	'experts-on-mission',
	'formed-police-units',
	'individual-police'
] as const;
export type PersonnelType = (typeof personnelTypes)[number];

export const personnelTypeLabels: Record<PersonnelType, string> = {
	troops: 'Troops',
	'staff-officer': 'Staff Officer',
	'experts-on-mission': 'Experts on Mission',
	'formed-police-units': 'Formed Police Units',
	'individual-police': 'Individual Police'
};

const byLabel = new Map<string, PersonnelType>(
	personnelTypes.map((slug) => [personnelTypeLabels[slug].toLowerCase(), slug])
);

/** The slug of a type given as a slug or as the report's label, any case; null if unknown. */
export function personnelTypeOf(value: string): PersonnelType | null {
	const lower = value.trim().toLowerCase();
	if ((personnelTypes as readonly string[]).includes(lower)) return lower as PersonnelType;
	return byLabel.get(lower) ?? null;
}

/**
 * The UN gender-parity categories (Uniformed Gender Parity Strategy) and their 2028 targets for
 * women's share. Staff officers and experts on mission form one category.
 */
export const parityCategories = ['troops', 'staff-experts', 'fpu', 'individual-police'] as const;
export type ParityCategory = (typeof parityCategories)[number];

export const parityTargets2028: Record<ParityCategory, number> = {
	troops: 0.15,
	'staff-experts': 0.25,
	fpu: 0.2,
	'individual-police': 0.3
};

export const categoryOfType: Record<PersonnelType, ParityCategory> = {
	troops: 'troops',
	'staff-officer': 'staff-experts',
	'experts-on-mission': 'staff-experts',
	'formed-police-units': 'fpu',
	'individual-police': 'individual-police'
};

/** The UN's traffic-light terms: meets the target, some women, or none. */
export type ParityStatus = 'green' | 'yellow' | 'red';

export function parityStatus(female: number, total: number, target: number): ParityStatus | null {
	if (total <= 0) return null;
	if (female / total >= target) return 'green';
	return female > 0 ? 'yellow' : 'red';
}

/** Women's share, or null where there is nobody to divide by. */
export function femaleShare(female: number, total: number): number | null {
	return total > 0 ? female / total : null;
}

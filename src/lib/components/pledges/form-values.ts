/** What the pledge form holds: the user's input as typed, so a refused form loses nothing. */
export interface PledgeFormValues {
	unitType: string;
	title: { es: string; en: string; pt: string; fr: string };
	female: string;
	male: string;
	readinessLevel: string;
	availableFrom: string;
	availableUntil: string;
	assessmentVisitOn: string;
	assessmentReport: string;
	verificationVisitOn: string;
	equipment: { item: string; quantity: string }[];
	selfSustainment: string[];
	languages: string[];
	notes: string;
	level: string;
	participants: string[];
}

/** Empty equipment lines the form always offers after the filled ones; no script adds lines. */
export const spareEquipmentLines = 4;

export function emptyPledgeForm(): PledgeFormValues {
	return {
		unitType: '',
		title: { es: '', en: '', pt: '', fr: '' },
		female: '0',
		male: '0',
		readinessLevel: 'level_1',
		availableFrom: '',
		availableUntil: '',
		assessmentVisitOn: '',
		assessmentReport: '',
		verificationVisitOn: '',
		equipment: [],
		selfSustainment: [],
		languages: [],
		notes: '',
		// The narrowest release is the safe default; widening it is a deliberate choice.
		level: 'owner',
		participants: []
	};
}

/** The fields of a stored pledge, as the form shows them for editing. */
export function pledgeFormOf(p: {
	unitType: string;
	title: Partial<Record<'es' | 'en' | 'pt' | 'fr', string>>;
	personnel: { female: number; male: number };
	readinessLevel: string;
	availableFrom: string | null;
	availableUntil: string | null;
	assessmentVisitOn: string | null;
	assessmentReport: string;
	verificationVisitOn: string | null;
	equipment: { item: string; quantity: number }[];
	selfSustainment: string[];
	languages: string[];
	notes: string;
	releasability: { level: string; participants: string[] };
}): PledgeFormValues {
	return {
		unitType: p.unitType,
		title: {
			es: p.title.es ?? '',
			en: p.title.en ?? '',
			pt: p.title.pt ?? '',
			fr: p.title.fr ?? ''
		},
		female: String(p.personnel.female),
		male: String(p.personnel.male),
		readinessLevel: p.readinessLevel,
		availableFrom: p.availableFrom ?? '',
		availableUntil: p.availableUntil ?? '',
		assessmentVisitOn: p.assessmentVisitOn ?? '',
		assessmentReport: p.assessmentReport,
		verificationVisitOn: p.verificationVisitOn ?? '',
		equipment: p.equipment.map((line) => ({ item: line.item, quantity: String(line.quantity) })),
		selfSustainment: p.selfSustainment,
		languages: p.languages,
		notes: p.notes,
		level: p.releasability.level,
		participants: p.releasability.participants
	};
}

/** What the request form holds: the input as typed, so a refused form loses nothing. */
export interface RequestFormValues {
	category: string;
	title_es: string;
	title_en: string;
	title_pt: string;
	title_fr: string;
	description_es: string;
	description_en: string;
	description_pt: string;
	description_fr: string;
	quantity: string;
	unit: string;
	neededBy: string;
	mission: string;
	languages: string[];
	level: string;
	participants: string[];
}

/** What the offer form holds, as typed. */
export interface OfferFormValues {
	category: string;
	title_es: string;
	title_en: string;
	title_pt: string;
	title_fr: string;
	description_es: string;
	description_en: string;
	description_pt: string;
	description_fr: string;
	conditions_es: string;
	conditions_en: string;
	conditions_pt: string;
	conditions_fr: string;
	capacity: string;
	unit: string;
	availableFrom: string;
	availableUntil: string;
	languages: string[];
	level: string;
	participants: string[];
}

export type RequestFormErrors = Partial<
	Record<keyof RequestFormValues | 'title' | 'description', string>
>;
export type OfferFormErrors = Partial<
	Record<keyof OfferFormValues | 'title' | 'description' | 'conditions', string>
>;

export interface Choice {
	code: string;
	name: string;
}

export const formLanguages = ['es', 'en', 'pt', 'fr'] as const;

export function emptyRequestForm(): RequestFormValues {
	return {
		category: 'training',
		title_es: '',
		title_en: '',
		title_pt: '',
		title_fr: '',
		description_es: '',
		description_en: '',
		description_pt: '',
		description_fr: '',
		quantity: '',
		unit: '',
		neededBy: '',
		mission: '',
		languages: [],
		// Requests are meant to be seen by those who could help; the form still asks.
		level: 'network',
		participants: []
	};
}

export function emptyOfferForm(): OfferFormValues {
	return {
		category: 'training',
		title_es: '',
		title_en: '',
		title_pt: '',
		title_fr: '',
		description_es: '',
		description_en: '',
		description_pt: '',
		description_fr: '',
		conditions_es: '',
		conditions_en: '',
		conditions_pt: '',
		conditions_fr: '',
		capacity: '',
		unit: '',
		availableFrom: '',
		availableUntil: '',
		languages: [],
		level: 'network',
		participants: []
	};
}

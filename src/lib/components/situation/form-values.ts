/** What the note form holds: the input as typed, so a refused form loses nothing. */
export interface NoteFormValues {
	title_es: string;
	title_en: string;
	title_pt: string;
	title_fr: string;
	body_es: string;
	body_en: string;
	body_pt: string;
	body_fr: string;
	mission: string;
	countryCode: string;
	placeName: string;
	longitude: string;
	latitude: string;
	observedAt: string;
	timeZone: string;
	category: string;
	severity: string;
	level: string;
	participants: string[];
}

export type NoteFormErrors = Partial<
	Record<keyof NoteFormValues | 'title' | 'body' | 'attachments', string>
>;

export interface Choice {
	value: string;
	label: string;
}

/** A new note starts where the writer's country keeps its clock, shared with the members. */
export function emptyNoteForm(
	place: { countryCode?: string; timeZone?: string } = {}
): NoteFormValues {
	return {
		title_es: '',
		title_en: '',
		title_pt: '',
		title_fr: '',
		body_es: '',
		body_en: '',
		body_pt: '',
		body_fr: '',
		mission: '',
		countryCode: place.countryCode ?? '',
		placeName: '',
		longitude: '',
		latitude: '',
		observedAt: '',
		timeZone: place.timeZone ?? '',
		category: 'security',
		severity: 'info',
		level: 'members',
		participants: []
	};
}

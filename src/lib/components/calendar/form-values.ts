/** What the event form holds: the user's input as typed, so a refused form loses nothing. */
export interface EventFormValues {
	title_es: string;
	title_en: string;
	title_pt: string;
	title_fr: string;
	description_es: string;
	description_en: string;
	description_pt: string;
	description_fr: string;
	kind: string;
	organiserCode: string;
	countryCode: string;
	city: string;
	timeZone: string;
	allDay: boolean;
	start: string;
	end: string;
	workingLanguages: string[];
	conferenceEdition: string;
	level: string;
	participants: string[];
	capacity: string;
	registrationDeadline: string;
	cancelled: boolean;
}

export type EventFormErrors = Partial<Record<keyof EventFormValues | 'title', string>>;

export interface Choice {
	code: string;
	name: string;
}

/** A new event starts in its organiser's country and that country's zone, when known. */
export function emptyEventForm(
	organiserCode: string,
	place: { countryCode?: string | null; timeZone?: string } = {}
): EventFormValues {
	return {
		title_es: '',
		title_en: '',
		title_pt: '',
		title_fr: '',
		description_es: '',
		description_en: '',
		description_pt: '',
		description_fr: '',
		kind: 'training_course',
		organiserCode,
		countryCode: place.countryCode ?? '',
		city: '',
		timeZone: place.timeZone ?? '',
		allDay: false,
		start: '',
		end: '',
		workingLanguages: ['es'],
		conferenceEdition: '',
		// Calendar entries are usually shared with the whole network; the form still asks.
		level: 'members',
		participants: [],
		capacity: '',
		registrationDeadline: '',
		cancelled: false
	};
}

/** A report form as the user filled it in: every field as typed, so a refused form loses nothing. */
export interface ActivityFormValues {
	id: string;
	kind: string;
	title: string;
	startsOn: string;
	endsOn: string;
	mission: string;
	female: string;
	male: string;
	partners: string[];
	description: string;
	level: string;
	named: string[];
}

export interface ReportFormValues {
	narrative: string;
	level: string;
	named: string[];
	activities: ActivityFormValues[];
}

/** Field errors keyed by form field name, e.g. `narrative` or `a.2.title`. */
export type ReportFormErrors = Record<string, string>;

export function blankActivity(id: string): ActivityFormValues {
	return {
		id,
		kind: '',
		title: '',
		startsOn: '',
		endsOn: '',
		mission: '',
		female: '',
		male: '',
		partners: [],
		description: '',
		level: '',
		named: []
	};
}

/** What the document form holds: the user's input as typed, so a refused form loses nothing. */
export interface DocumentFormValues {
	title: string;
	kind: string;
	category: string;
	language: string;
	documentDate: string;
	translationOf: string;
	translationMethod: string;
	body: string;
	level: string;
	participants: string[];
	ownerCode: string;
	fileAction: 'keep' | 'replace' | 'remove';
	/** A file was chosen; browsers cannot be made to keep it, so the form asks for it again. */
	fileChosen: boolean;
}

export type DocumentFormErrors = Partial<Record<keyof DocumentFormValues | 'file', string>>;

export interface DocumentFormParticipant {
	code: string;
	name: string;
}

export interface DocumentFormCandidate {
	id: string;
	title: string;
	language: string;
}

export function emptyDocumentForm(ownerCode = ''): DocumentFormValues {
	return {
		title: '',
		kind: '',
		category: 'other',
		language: '',
		documentDate: '',
		translationOf: '',
		translationMethod: 'human',
		body: '',
		// The narrowest release is the safe default; widening it is a deliberate choice.
		level: 'owner',
		participants: [],
		ownerCode,
		fileAction: 'keep',
		fileChosen: false
	};
}

/** Media types of the distributions, with the EU file-type authority code DCAT-AP names them by. */
export const formats = {
	csv: { mediaType: 'text/csv', fileType: 'CSV' },
	json: { mediaType: 'application/json', fileType: 'JSON' },
	ical: { mediaType: 'text/calendar', fileType: 'ICAL' },
	pdf: { mediaType: 'application/pdf', fileType: 'PDF' },
	text: { mediaType: 'text/plain', fileType: 'TXT' }
} as const;
export type FormatKey = keyof typeof formats;

export interface DistributionView {
	id: string;
	title: string;
	format: FormatKey;
	/** Absolute and stable: the same address always answers the latest public data. */
	accessUrl: string;
	license: string;
	/** ISO 8601 instant of the latest change of what it holds. */
	modified: string;
}

export interface DatasetView {
	/** Stable within the catalogue, e.g. `relacopaz/documents`. */
	id: string;
	network: { slug: string; name: string } | null;
	title: string;
	/** The title's language where it is not the catalogue's: a declaration's, as it was adopted. */
	titleLanguage?: string;
	description: string;
	publisher: string;
	landingPage: string;
	keywords: string[];
	/** How many public records it holds, where it is a list. */
	count: number | null;
	modified: string;
	distributions: DistributionView[];
}

export interface CatalogView {
	id: string;
	title: string;
	description: string;
	publisher: { name: string; homepage: string };
	homepage: string;
	language: string;
	modified: string | null;
	datasets: DatasetView[];
}

import type { DocumentRow } from './repository';
import type { DocumentView } from './schemas';
import { releasabilityView } from '../access/releasability';

type ViewSource = Omit<DocumentRow, 'body' | 'createdBy' | 'searchVector'> & { body?: string };
type ViewRow = { doc: ViewSource; ownerCode: string; file: DocumentView['file'] | null };

export function toDocumentView(
	networkSlug: string,
	row: ViewRow,
	codes: Map<string, string>,
	translations: DocumentView['translations'] = []
): DocumentView {
	return {
		id: row.doc.id,
		network: networkSlug,
		title: row.doc.title,
		kind: row.doc.kind,
		category: row.doc.category,
		language: row.doc.language as DocumentView['language'],
		body: row.doc.body ?? '',
		releasability: releasabilityView(row.doc, codes),
		ownerCode: row.ownerCode,
		translationOf: row.doc.translationOf,
		translationMethod: row.doc.translationMethod,
		translations,
		documentDate: row.doc.documentDate,
		file: row.file?.filename ? row.file : null,
		version: row.doc.version,
		createdAt: row.doc.createdAt.toISOString(),
		updatedAt: row.doc.updatedAt.toISOString()
	};
}

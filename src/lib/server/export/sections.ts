import type { Transaction } from '../db/client';
import { collectReports } from '../reports/export-reports';
import { collectDelegations, collectEvents } from '../calendar/export-calendar';
import {
	listDocumentFiles,
	listDocumentsOwnedBy,
	listParticipantCodes,
	listSignaturesOf,
	listUsersOfParticipant
} from './repository';

/** The participant whose records are exported. */
export interface ExportOwner {
	id: string;
	code: string;
	networkId: string;
}

/** One kind of record a participant owns; it becomes a top-level list in the export. */
export interface ExportSection {
	key: string;
	collect(tx: Transaction, owner: ExportOwner): Promise<unknown[]>;
}

/** Files are read a few documents at a time, as each may be several megabytes. */
const documentsPerFileQuery = 10;

async function collectDocuments(tx: Transaction, owner: ExportOwner): Promise<unknown[]> {
	const rows = await listDocumentsOwnedBy(tx, owner.id);
	const released = await listParticipantCodes(tx, [...new Set(rows.flatMap((r) => r.releasedTo))]);
	const codes = new Map(released.map((p) => [p.id, p.code]));
	const exported: unknown[] = [];
	for (let start = 0; start < rows.length; start += documentsPerFileQuery) {
		const page = rows.slice(start, start + documentsPerFileQuery);
		const files = await listDocumentFiles(
			tx,
			page.map((doc) => doc.id)
		);
		const fileOf = new Map(files.map((file) => [file.documentId, file]));
		for (const doc of page) {
			const file = fileOf.get(doc.id);
			exported.push({
				id: doc.id,
				title: doc.title,
				kind: doc.kind,
				language: doc.language,
				documentDate: doc.documentDate,
				body: doc.body,
				translationOf: doc.translationOf,
				version: doc.version,
				releasability: {
					level: doc.level,
					participants: doc.releasedTo.map((id) => codes.get(id) ?? id).sort()
				},
				createdBy: doc.createdBy,
				createdAt: doc.createdAt,
				updatedAt: doc.updatedAt,
				file: file
					? {
							filename: file.filename,
							contentType: file.contentType,
							size: file.size,
							createdAt: file.createdAt,
							base64: file.data.toString('base64')
						}
					: null
			});
		}
	}
	return exported;
}

/**
 * Everything a participant owns, one section per kind of record. An area that adds records owned
 * by a participant adds its section here, and its query to repository.ts.
 */
export const participantExportSections: readonly ExportSection[] = [
	{ key: 'users', collect: (tx, owner) => listUsersOfParticipant(tx, owner.id) },
	{ key: 'documents', collect: collectDocuments },
	{ key: 'signatures', collect: (tx, owner) => listSignaturesOf(tx, owner.id) },
	{ key: 'nationalReports', collect: collectReports },
	{ key: 'events', collect: collectEvents },
	{ key: 'eventDelegations', collect: collectDelegations }
];

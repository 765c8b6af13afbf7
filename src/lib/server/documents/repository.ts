import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { documentFiles, documents, participants } from '../db/schema';

export type DocumentRow = typeof documents.$inferSelect;
export type NewDocumentRow = typeof documents.$inferInsert;

const fileMeta = {
	filename: documentFiles.filename,
	size: documentFiles.size,
	contentType: documentFiles.contentType
};

export async function findDocument(q: Queryable, networkId: string, id: string) {
	const [row] = await q
		.select({ doc: documents, ownerCode: participants.code, file: fileMeta })
		.from(documents)
		.innerJoin(participants, eq(participants.id, documents.ownerId))
		.leftJoin(documentFiles, eq(documentFiles.documentId, documents.id))
		.where(and(eq(documents.networkId, networkId), eq(documents.id, id)))
		.limit(1);
	return row;
}

export interface DocumentFilter {
	q?: string | undefined;
	kind?: DocumentRow['kind'] | undefined;
	language?: string | undefined;
	ownerId?: string | undefined;
	level?: DocumentRow['level'] | undefined;
}

function filterClause(networkId: string, filter: DocumentFilter): SQL | undefined {
	const escaped = filter.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
	return and(
		eq(documents.networkId, networkId),
		filter.kind ? eq(documents.kind, filter.kind) : undefined,
		filter.language ? eq(documents.language, filter.language) : undefined,
		filter.ownerId ? eq(documents.ownerId, filter.ownerId) : undefined,
		filter.level ? eq(documents.level, filter.level) : undefined,
		escaped
			? or(ilike(documents.title, `%${escaped}%`), ilike(documents.body, `%${escaped}%`))
			: undefined
	);
}

/**
 * One page of the visible documents, newest first, and how many there are. The page is cut
 * first, along the `documents_network_order` index, and only its rows are joined to their
 * owners and files; the count is a plain scan, and is not asked at all when the first page
 * already holds everything.
 */
export async function listDocumentRows(
	q: Queryable,
	networkId: string,
	filter: DocumentFilter,
	page: { limit: number; offset: number }
) {
	const where = filterClause(networkId, filter);
	const cut = q
		.select({
			id: documents.id,
			networkId: documents.networkId,
			ownerId: documents.ownerId,
			level: documents.level,
			releasedTo: documents.releasedTo,
			title: documents.title,
			kind: documents.kind,
			language: documents.language,
			translationOf: documents.translationOf,
			translationMethod: documents.translationMethod,
			documentDate: documents.documentDate,
			version: documents.version,
			createdAt: documents.createdAt,
			updatedAt: documents.updatedAt
		})
		.from(documents)
		.where(where)
		.orderBy(desc(documents.documentDate), asc(documents.title), asc(documents.id))
		.limit(page.limit)
		.offset(page.offset)
		.as('page');
	const rows = await q
		.select({
			doc: {
				id: cut.id,
				networkId: cut.networkId,
				ownerId: cut.ownerId,
				level: cut.level,
				releasedTo: cut.releasedTo,
				title: cut.title,
				kind: cut.kind,
				language: cut.language,
				translationOf: cut.translationOf,
				translationMethod: cut.translationMethod,
				documentDate: cut.documentDate,
				version: cut.version,
				createdAt: cut.createdAt,
				updatedAt: cut.updatedAt
			},
			ownerCode: participants.code,
			file: fileMeta
		})
		.from(cut)
		.innerJoin(participants, eq(participants.id, cut.ownerId))
		.leftJoin(documentFiles, eq(documentFiles.documentId, cut.id))
		.orderBy(desc(cut.documentDate), asc(cut.title), asc(cut.id));
	if (page.offset === 0 && rows.length < page.limit) return { rows, total: rows.length };
	const [total] = await q.select({ n: count() }).from(documents).where(where);
	return { rows, total: total?.n ?? 0 };
}

/** Translations in either direction: documents that translate this one, and its original's family. */
export function listTranslationRows(q: Queryable, doc: Pick<DocumentRow, 'id' | 'translationOf'>) {
	const root = doc.translationOf ?? doc.id;
	return q
		.select({
			id: documents.id,
			language: documents.language,
			title: documents.title,
			translationMethod: documents.translationMethod
		})
		.from(documents)
		.where(
			and(
				or(eq(documents.id, root), eq(documents.translationOf, root)),
				sql`${documents.id} <> ${doc.id}`
			)
		)
		.orderBy(asc(documents.language));
}

export async function insertDocument(
	q: Queryable,
	row: NewDocumentRow & { id: string }
): Promise<void> {
	// No RETURNING: an administrator may create a record it is not allowed to read back.
	await q.insert(documents).values(row);
}

export async function updateDocumentRow(
	q: Queryable,
	id: string,
	changes: Partial<NewDocumentRow>
): Promise<number> {
	const result = await q
		.update(documents)
		.set({ ...changes, updatedAt: new Date(), version: sql`${documents.version} + 1` })
		.where(eq(documents.id, id))
		.returning({ id: documents.id });
	return result.length;
}

export async function deleteDocumentRow(q: Queryable, id: string): Promise<number> {
	const result = await q
		.delete(documents)
		.where(eq(documents.id, id))
		.returning({ id: documents.id });
	return result.length;
}

export async function putDocumentFile(
	q: Queryable,
	file: typeof documentFiles.$inferInsert
): Promise<void> {
	await q
		.insert(documentFiles)
		.values(file)
		.onConflictDoUpdate({
			target: documentFiles.documentId,
			set: {
				filename: file.filename,
				contentType: file.contentType,
				size: file.size,
				data: file.data,
				createdAt: new Date()
			}
		});
}

export async function deleteDocumentFile(q: Queryable, documentId: string): Promise<void> {
	await q.delete(documentFiles).where(eq(documentFiles.documentId, documentId));
}

export async function findDocumentFile(q: Queryable, documentId: string) {
	const [row] = await q
		.select()
		.from(documentFiles)
		.where(eq(documentFiles.documentId, documentId))
		.limit(1);
	return row;
}

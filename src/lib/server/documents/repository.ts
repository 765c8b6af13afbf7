import { and, asc, count, desc, eq, getTableColumns, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { documentFiles, documents, participants, translationRequests } from '../db/schema';

// The stored search vector is the database's to keep and to query; no read carries it out.
const { searchVector: _searchVector, ...documentColumns } = getTableColumns(documents);

export type DocumentRow = Omit<typeof documents.$inferSelect, 'searchVector'>;
export type NewDocumentRow = typeof documents.$inferInsert;

const fileMeta = {
	filename: documentFiles.filename,
	size: documentFiles.size,
	contentType: documentFiles.contentType
};

export async function findDocument(q: Queryable, networkId: string, id: string) {
	const [row] = await q
		.select({ doc: documentColumns, ownerCode: participants.code, file: fileMeta })
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
	category?: DocumentRow['category'] | undefined;
	language?: string | undefined;
	ownerId?: string | undefined;
	level?: DocumentRow['level'] | undefined;
}

function filterClause(networkId: string, filter: DocumentFilter): SQL | undefined {
	const escaped = filter.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
	return and(
		eq(documents.networkId, networkId),
		filter.kind ? eq(documents.kind, filter.kind) : undefined,
		filter.category ? eq(documents.category, filter.category) : undefined,
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
			category: documents.category,
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
				category: cut.category,
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
				text: file.text ?? '',
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

export interface SearchFilter {
	category?: DocumentRow['category'] | undefined;
	language?: string | undefined;
	ownerId?: string | undefined;
	year?: number | undefined;
}

/** Marks around the words a search found, in a snippet; control characters no text shows. */
export const hitStart = '\u0001';
export const hitEnd = '\u0002';
const headlineOptions = `StartSel=${hitStart}, StopSel=${hitEnd}, MaxWords=35, MinWords=15, ShortWord=2`;
/**
 * The snippet is quoted from the start of the text: marking words costs a parse of what it reads,
 * and twenty results of whole texts would cost more than the search. The whole text still counts
 * for the match and the rank.
 */
const snippetSourceLength = 1_000;

export interface SearchRow {
	id: string;
	family: string;
	title: string;
	language: string;
	category: DocumentRow['category'];
	level: DocumentRow['level'];
	networkId: string;
	ownerId: string;
	ownerCode: string;
	releasedTo: string[];
	documentDate: string | null;
	rank: number;
	snippet: string;
	total: number;
	versions: {
		id: string;
		language: string;
		title: string;
		translationMethod: DocumentRow['translationMethod'];
	}[];
}

/**
 * One page of the families of documents matching `text` in any of their versions, best first,
 * each shown by one version: the reader's language when there is one that passes the filters,
 * otherwise the original, otherwise the first language. `app_library_search` finds them by the
 * reader's releasability and `app_library_page` reads the page again under the reader's row-level
 * security (drizzle: library_search_function), so what is hidden neither matches, nor shows, nor
 * counts.
 */
export async function searchDocumentRows(
	q: Queryable,
	networkId: string,
	text: string,
	filter: SearchFilter,
	readerLanguage: string,
	page: { limit: number; offset: number }
): Promise<SearchRow[]> {
	const result = await q.execute(sql`
		SELECT * FROM app_library_page(
			${networkId}, ${text}, ${readerLanguage},
			${filter.category ?? null}::document_category, ${filter.language ?? null}::text,
			${filter.ownerId ?? null}::uuid, ${filter.year ?? null}::integer,
			${page.limit}::integer, ${page.offset}::integer,
			${snippetSourceLength}::integer, ${hitStart + hitEnd}::text, ${headlineOptions}::text
		)
	`);
	return (result as unknown as { rows: SearchRow[] }).rows;
}

/** Adds a request unless the participant already asked for that language; true when added. */
export async function insertTranslationRequest(
	q: Queryable,
	row: typeof translationRequests.$inferInsert
): Promise<boolean> {
	// No RETURNING: that would ask to read the row back, which the insert alone needs not.
	const before = await q
		.select({ id: translationRequests.id })
		.from(translationRequests)
		.where(
			and(
				eq(translationRequests.documentId, row.documentId),
				eq(translationRequests.language, row.language),
				eq(translationRequests.requesterId, row.requesterId)
			)
		)
		.limit(1);
	if (before.length > 0) return false;
	await q.insert(translationRequests).values(row).onConflictDoNothing();
	return true;
}

export async function findTranslationRequest(q: Queryable, networkId: string, id: string) {
	const [row] = await q
		.select()
		.from(translationRequests)
		.where(and(eq(translationRequests.networkId, networkId), eq(translationRequests.id, id)))
		.limit(1);
	return row;
}

export async function deleteTranslationRequest(q: Queryable, id: string): Promise<number> {
	const result = await q
		.delete(translationRequests)
		.where(eq(translationRequests.id, id))
		.returning({ id: translationRequests.id });
	return result.length;
}

/**
 * A family already holds a version in the language made by a person: the original, or a human
 * translation. Such a request is answered.
 */
const answered = sql`EXISTS (
	SELECT 1 FROM documents v
	WHERE (v.id = coalesce(${documents.translationOf}, ${documents.id})
		OR v.translation_of = coalesce(${documents.translationOf}, ${documents.id}))
		AND v.language = ${translationRequests.language}
		AND (v.translation_of IS NULL OR v.translation_method = 'human')
)`;

/** The requests the viewer sees on a document's family that are not answered yet, oldest first. */
export function listOpenRequestRows(
	q: Queryable,
	networkId: string,
	where: { ownerId?: string; documentId?: string },
	limit: number
) {
	return q
		.select({
			id: translationRequests.id,
			networkId: translationRequests.networkId,
			ownerId: translationRequests.ownerId,
			requesterId: translationRequests.requesterId,
			language: translationRequests.language,
			note: translationRequests.note,
			createdAt: translationRequests.createdAt,
			doc: {
				id: documents.id,
				networkId: documents.networkId,
				ownerId: documents.ownerId,
				level: documents.level,
				releasedTo: documents.releasedTo,
				title: documents.title,
				language: documents.language
			},
			requesterCode: participants.code,
			requesterName: participants.name
		})
		.from(translationRequests)
		.innerJoin(documents, eq(documents.id, translationRequests.documentId))
		.innerJoin(participants, eq(participants.id, translationRequests.requesterId))
		.where(
			and(
				eq(translationRequests.networkId, networkId),
				where.ownerId ? eq(translationRequests.ownerId, where.ownerId) : undefined,
				where.documentId ? eq(translationRequests.documentId, where.documentId) : undefined,
				sql`NOT ${answered}`
			)
		)
		.orderBy(asc(translationRequests.createdAt), asc(translationRequests.id))
		.limit(limit);
}

/** Every request a participant made, for its export. */
export function listTranslationRequestsBy(q: Queryable, requesterId: string) {
	return q
		.select({
			id: translationRequests.id,
			documentId: translationRequests.documentId,
			language: translationRequests.language,
			note: translationRequests.note,
			createdAt: translationRequests.createdAt
		})
		.from(translationRequests)
		.where(eq(translationRequests.requesterId, requesterId))
		.orderBy(asc(translationRequests.createdAt), asc(translationRequests.id));
}

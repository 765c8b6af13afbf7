import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import {
	conferences,
	declarationAmendments,
	declarationParagraphs,
	declarations,
	declarationSignatures,
	declarationVersions,
	participants
} from '../db/schema';

export type DeclarationRow = typeof declarations.$inferSelect;
export type ParagraphRow = typeof declarationParagraphs.$inferSelect;
export type AmendmentRow = typeof declarationAmendments.$inferSelect;
export type VersionRow = typeof declarationVersions.$inferSelect;
export type DeclarationSignatureRow = typeof declarationSignatures.$inferSelect;

/** Serialises every change to one declaration's text, and its freezing. */
export async function lockDeclaration(q: Queryable, id: string): Promise<void> {
	await q.execute(sql`SELECT pg_advisory_xact_lock(724301, hashtext(${id}))`);
}

export async function insertDeclaration(
	q: Queryable,
	row: typeof declarations.$inferInsert
): Promise<void> {
	await q.insert(declarations).values(row);
}

export async function findDeclaration(
	q: Queryable,
	networkId: string,
	id: string
): Promise<DeclarationRow | undefined> {
	const [row] = await q
		.select()
		.from(declarations)
		.where(and(eq(declarations.networkId, networkId), eq(declarations.id, id)));
	return row;
}

export async function findDeclarationById(
	q: Queryable,
	id: string
): Promise<DeclarationRow | undefined> {
	const [row] = await q.select().from(declarations).where(eq(declarations.id, id));
	return row;
}

export function listDeclarationRows(q: Queryable, networkId: string) {
	return q
		.select({
			declaration: declarations,
			edition: conferences.edition,
			conferenceName: conferences.name,
			year: conferences.year
		})
		.from(declarations)
		.innerJoin(conferences, eq(conferences.id, declarations.conferenceId))
		.where(eq(declarations.networkId, networkId))
		.orderBy(desc(conferences.edition), desc(declarations.createdAt));
}

export async function updateDeclaration(
	q: Queryable,
	id: string,
	change: Partial<
		Pick<DeclarationRow, 'status' | 'frozen' | 'level' | 'adoptedAt' | 'adoptionDecisionId'>
	>
): Promise<void> {
	await q
		.update(declarations)
		.set({ ...change, updatedAt: new Date() })
		.where(eq(declarations.id, id));
}

export function listParagraphRows(q: Queryable, declarationId: string): Promise<ParagraphRow[]> {
	return q
		.select()
		.from(declarationParagraphs)
		.where(eq(declarationParagraphs.declarationId, declarationId))
		.orderBy(asc(declarationParagraphs.ordinal), asc(declarationParagraphs.createdAt));
}

export async function insertParagraphs(
	q: Queryable,
	rows: (typeof declarationParagraphs.$inferInsert)[]
): Promise<void> {
	if (rows.length > 0) await q.insert(declarationParagraphs).values(rows);
}

export async function updateParagraphContent(
	q: Queryable,
	id: string,
	content: Pick<ParagraphRow, 'text' | 'languages'>
): Promise<void> {
	await q
		.update(declarationParagraphs)
		.set({ text: content.text, languages: content.languages, updatedAt: new Date() })
		.where(eq(declarationParagraphs.id, id));
}

export async function deleteParagraph(q: Queryable, id: string): Promise<void> {
	await q.delete(declarationParagraphs).where(eq(declarationParagraphs.id, id));
}

/** Makes room after `ordinal` for one more paragraph. */
export async function shiftParagraphsAfter(
	q: Queryable,
	declarationId: string,
	ordinal: number
): Promise<void> {
	await q
		.update(declarationParagraphs)
		.set({ ordinal: sql`${declarationParagraphs.ordinal} + 1` })
		.where(
			and(
				eq(declarationParagraphs.declarationId, declarationId),
				gt(declarationParagraphs.ordinal, ordinal)
			)
		);
}

export function listAmendmentRows(q: Queryable, declarationId: string): Promise<AmendmentRow[]> {
	return q
		.select()
		.from(declarationAmendments)
		.where(eq(declarationAmendments.declarationId, declarationId))
		.orderBy(asc(declarationAmendments.createdAt));
}

export async function findAmendment(
	q: Queryable,
	declarationId: string,
	id: string
): Promise<AmendmentRow | undefined> {
	const [row] = await q
		.select()
		.from(declarationAmendments)
		.where(
			and(eq(declarationAmendments.declarationId, declarationId), eq(declarationAmendments.id, id))
		);
	return row;
}

export async function insertAmendment(
	q: Queryable,
	row: typeof declarationAmendments.$inferInsert
): Promise<void> {
	await q.insert(declarationAmendments).values(row);
}

export async function decideAmendmentRow(
	q: Queryable,
	id: string,
	change: Pick<AmendmentRow, 'status' | 'decidedBy' | 'decidedAt' | 'versionNumber'>
): Promise<void> {
	await q.update(declarationAmendments).set(change).where(eq(declarationAmendments.id, id));
}

/** What is still proposed when the text is adopted lapses: nothing can change it any more. */
export async function rejectProposedAmendments(
	q: Queryable,
	declarationId: string,
	at: Date
): Promise<void> {
	await q
		.update(declarationAmendments)
		.set({ status: 'rejected', decidedAt: at })
		.where(
			and(
				eq(declarationAmendments.declarationId, declarationId),
				eq(declarationAmendments.status, 'proposed')
			)
		);
}

export function listVersionRows(q: Queryable, declarationId: string): Promise<VersionRow[]> {
	return q
		.select()
		.from(declarationVersions)
		.where(eq(declarationVersions.declarationId, declarationId))
		.orderBy(asc(declarationVersions.number));
}

export async function findVersion(
	q: Queryable,
	declarationId: string,
	number: number
): Promise<VersionRow | undefined> {
	const [row] = await q
		.select()
		.from(declarationVersions)
		.where(
			and(
				eq(declarationVersions.declarationId, declarationId),
				eq(declarationVersions.number, number)
			)
		);
	return row;
}

export async function insertVersion(
	q: Queryable,
	row: Omit<typeof declarationVersions.$inferInsert, 'number'>
): Promise<number> {
	const [last] = await q
		.select({ n: sql<number>`coalesce(max(${declarationVersions.number}), 0)::int` })
		.from(declarationVersions)
		.where(eq(declarationVersions.declarationId, row.declarationId));
	const number = (last?.n ?? 0) + 1;
	await q.insert(declarationVersions).values({ ...row, number });
	return number;
}

export function listDeclarationSignatureRows(q: Queryable, declarationId: string) {
	return q
		.select({
			signature: declarationSignatures,
			code: participants.code,
			name: participants.name
		})
		.from(declarationSignatures)
		.innerJoin(participants, eq(participants.id, declarationSignatures.participantId))
		.where(eq(declarationSignatures.declarationId, declarationId))
		.orderBy(asc(declarationSignatures.signedOn), asc(participants.code));
}

/** False when the participant's signature was already on record. */
export async function insertDeclarationSignatures(
	q: Queryable,
	rows: (typeof declarationSignatures.$inferInsert)[]
): Promise<boolean> {
	if (rows.length === 0) return false;
	const inserted = await q
		.insert(declarationSignatures)
		.values(rows)
		.onConflictDoNothing({
			target: [declarationSignatures.declarationId, declarationSignatures.participantId]
		})
		.returning({ id: declarationSignatures.id });
	return inserted.length > 0;
}

/** The declarations a participant started, with their paragraphs and versions. */
export async function listDeclarationsOwnedBy(q: Queryable, ownerId: string) {
	const rows = await q
		.select()
		.from(declarations)
		.where(eq(declarations.ownerId, ownerId))
		.orderBy(asc(declarations.createdAt));
	const ids = rows.map((r) => r.id);
	if (ids.length === 0) return { rows, paragraphs: [], versions: [] };
	const paragraphs = await q
		.select()
		.from(declarationParagraphs)
		.where(inArray(declarationParagraphs.declarationId, ids))
		.orderBy(asc(declarationParagraphs.ordinal));
	const versions = await q
		.select()
		.from(declarationVersions)
		.where(inArray(declarationVersions.declarationId, ids))
		.orderBy(asc(declarationVersions.number));
	return { rows, paragraphs, versions };
}

/** The amendments a participant proposed. */
export function listAmendmentsProposedBy(
	q: Queryable,
	participantId: string
): Promise<AmendmentRow[]> {
	return q
		.select()
		.from(declarationAmendments)
		.where(eq(declarationAmendments.proposerId, participantId))
		.orderBy(asc(declarationAmendments.createdAt));
}

/** The signatures recorded for a participant on conference declarations. */
export function listDeclarationSignaturesOf(
	q: Queryable,
	participantId: string
): Promise<DeclarationSignatureRow[]> {
	return q
		.select()
		.from(declarationSignatures)
		.where(eq(declarationSignatures.participantId, participantId))
		.orderBy(asc(declarationSignatures.createdAt));
}

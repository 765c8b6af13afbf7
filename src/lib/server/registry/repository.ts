import { and, asc, eq, inArray, lte, desc, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/client';
import { requestMemo } from '../db/with-actor';
import {
	conferences,
	networks,
	participants,
	presidencyTerms,
	signatures,
	documents
} from '../db/schema';

export type NetworkRow = typeof networks.$inferSelect;
export type ParticipantRow = typeof participants.$inferSelect;

export async function findNetworkBySlug(
	q: Queryable,
	slug: string
): Promise<NetworkRow | undefined> {
	const [row] = await q.select().from(networks).where(eq(networks.slug, slug)).limit(1);
	return row;
}

export async function findNetworkById(q: Queryable, id: string): Promise<NetworkRow | undefined> {
	const [row] = await q.select().from(networks).where(eq(networks.id, id)).limit(1);
	return row;
}

export function listNetworkRows(q: Queryable): Promise<NetworkRow[]> {
	return q.select().from(networks).orderBy(asc(networks.slug));
}

/** The registry is public and a page often needs it twice (names, permissions): once a request. */
export function listParticipantRows(q: Queryable, networkId: string): Promise<ParticipantRow[]> {
	return requestMemo(`participants:${networkId}`, () =>
		q
			.select()
			.from(participants)
			.where(eq(participants.networkId, networkId))
			.orderBy(asc(participants.code))
	);
}

export async function findParticipantByCode(
	q: Queryable,
	networkId: string,
	code: string
): Promise<ParticipantRow | undefined> {
	const [row] = await q
		.select()
		.from(participants)
		.where(and(eq(participants.networkId, networkId), eq(participants.code, code)))
		.limit(1);
	return row;
}

export async function findParticipantById(
	q: Queryable,
	id: string
): Promise<ParticipantRow | undefined> {
	const [row] = await q.select().from(participants).where(eq(participants.id, id)).limit(1);
	return row;
}

export function findParticipantsByCodes(
	q: Queryable,
	networkId: string,
	codes: string[]
): Promise<ParticipantRow[]> {
	if (codes.length === 0) return Promise.resolve([]);
	return q
		.select()
		.from(participants)
		.where(and(eq(participants.networkId, networkId), inArray(participants.code, codes)));
}

export function findParticipantsByIds(
	q: Queryable,
	ids: readonly string[]
): Promise<ParticipantRow[]> {
	if (ids.length === 0) return Promise.resolve([]);
	return q
		.select()
		.from(participants)
		.where(inArray(participants.id, [...ids]));
}

/** Participants by id, keyed by id, in one query. */
export async function participantMapByIds(
	q: Queryable,
	ids: readonly string[]
): Promise<Map<string, ParticipantRow>> {
	const rows = await findParticipantsByIds(q, [...new Set(ids)]);
	return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Who signed what, with the signed document's title in `language` where a translation the reader
 * may see exists, and otherwise in the language it was signed in.
 */
export function listSignatureRows(q: Queryable, networkId: string, language: string) {
	const translation = alias(documents, 'translation');
	return q
		.select({
			participantId: signatures.participantId,
			documentId: signatures.documentId,
			documentTitle: sql<string>`coalesce(${translation.title}, ${documents.title})`,
			documentLanguage: sql<string>`coalesce(${translation.language}, ${documents.language})`,
			conferenceEdition: conferences.edition,
			conferenceYear: conferences.year,
			signerName: signatures.signerName,
			signerTitle: signatures.signerTitle,
			/** Names and titles are kept as printed on the signed text, in its language. */
			signedLanguage: documents.language,
			signedOn: signatures.signedOn
		})
		.from(signatures)
		.innerJoin(participants, eq(participants.id, signatures.participantId))
		.innerJoin(documents, eq(documents.id, signatures.documentId))
		.leftJoin(
			translation,
			and(
				eq(translation.translationOf, signatures.documentId),
				eq(translation.language, language),
				ne(documents.language, language)
			)
		)
		.leftJoin(conferences, eq(conferences.id, signatures.conferenceId))
		.where(eq(participants.networkId, networkId))
		.orderBy(asc(signatures.signedOn));
}

export function listConferenceRows(q: Queryable, networkId: string) {
	return q
		.select()
		.from(conferences)
		.where(eq(conferences.networkId, networkId))
		.orderBy(asc(conferences.edition));
}

export async function findConferenceByEdition(q: Queryable, networkId: string, edition: number) {
	const [row] = await q
		.select()
		.from(conferences)
		.where(and(eq(conferences.networkId, networkId), eq(conferences.edition, edition)));
	return row;
}

export async function findConferenceById(q: Queryable, id: string) {
	const [row] = await q.select().from(conferences).where(eq(conferences.id, id));
	return row;
}

/** The term in force on `day` (YYYY-MM-DD): the latest that started on or before it and has not ended. */
export async function findTermOn(q: Queryable, networkId: string, day: string) {
	const rows = await q
		.select({ term: presidencyTerms, participant: participants, conference: conferences })
		.from(presidencyTerms)
		.innerJoin(participants, eq(participants.id, presidencyTerms.participantId))
		.leftJoin(conferences, eq(conferences.id, presidencyTerms.conferenceId))
		.where(and(eq(presidencyTerms.networkId, networkId), lte(presidencyTerms.startsOn, day)))
		.orderBy(desc(presidencyTerms.startsOn))
		.limit(1);
	const row = rows[0];
	if (!row || (row.term.endsOn !== null && row.term.endsOn < day)) return undefined;
	return row;
}

export function listTermRows(q: Queryable, networkId: string) {
	return q
		.select({ term: presidencyTerms, participant: participants, conference: conferences })
		.from(presidencyTerms)
		.innerJoin(participants, eq(participants.id, presidencyTerms.participantId))
		.leftJoin(conferences, eq(conferences.id, presidencyTerms.conferenceId))
		.where(eq(presidencyTerms.networkId, networkId))
		.orderBy(asc(presidencyTerms.startsOn));
}

/** The new network's id, or undefined when its slug is taken. */
export async function insertNetwork(
	q: Queryable,
	row: typeof networks.$inferInsert
): Promise<string | undefined> {
	const [inserted] = await q
		.insert(networks)
		.values(row)
		.onConflictDoNothing({ target: networks.slug })
		.returning({ id: networks.id });
	return inserted?.id;
}

/** The new participant's id, or undefined when the network has one with that code. */
export async function insertParticipant(
	q: Queryable,
	row: typeof participants.$inferInsert
): Promise<string | undefined> {
	const [inserted] = await q
		.insert(participants)
		.values(row)
		.onConflictDoNothing({ target: [participants.networkId, participants.code] })
		.returning({ id: participants.id });
	return inserted?.id;
}

/** The new conference's id, or undefined when the network has that edition. */
export async function insertConference(
	q: Queryable,
	row: typeof conferences.$inferInsert
): Promise<string | undefined> {
	const [inserted] = await q
		.insert(conferences)
		.values(row)
		.onConflictDoNothing({ target: [conferences.networkId, conferences.edition] })
		.returning({ id: conferences.id });
	return inserted?.id;
}

/** The new term's id, or undefined when a term of the network starts that day. */
export async function insertPresidencyTerm(
	q: Queryable,
	row: typeof presidencyTerms.$inferInsert
): Promise<string | undefined> {
	const [inserted] = await q
		.insert(presidencyTerms)
		.values(row)
		.onConflictDoNothing({ target: [presidencyTerms.networkId, presidencyTerms.startsOn] })
		.returning({ id: presidencyTerms.id });
	return inserted?.id;
}

/** A public statute of the network, as the archive holds it, in the language it was written. */
export async function findPublicStatute(q: Queryable, networkId: string, documentId: string) {
	const [row] = await q
		.select({ id: documents.id, title: documents.title })
		.from(documents)
		.where(
			and(
				eq(documents.id, documentId),
				eq(documents.networkId, networkId),
				eq(documents.kind, 'statute'),
				eq(documents.level, 'public')
			)
		);
	return row;
}

export async function setStatute(
	q: Queryable,
	networkId: string,
	statute: { documentId: string; conferenceId: string | null }
): Promise<void> {
	await q
		.update(networks)
		.set({
			statuteDocumentId: statute.documentId,
			statuteConferenceId: statute.conferenceId,
			updatedAt: new Date()
		})
		.where(eq(networks.id, networkId));
}

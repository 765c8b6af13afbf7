import {
	and,
	asc,
	count,
	desc,
	eq,
	gte,
	inArray,
	isNotNull,
	isNull,
	lt,
	or,
	sql
} from 'drizzle-orm';
import type { Queryable } from '../db/client';
import {
	missionBriefs,
	participants,
	situationFollows,
	situationNoteAttachments,
	situationNotes,
	situationNoteVersions,
	unMissions,
	users
} from '../db/schema';

export type NoteRow = typeof situationNotes.$inferSelect;
export type NewNoteRow = typeof situationNotes.$inferInsert;
export type NoteVersionRow = typeof situationNoteVersions.$inferSelect;
export type AttachmentRow = typeof situationNoteAttachments.$inferSelect;
export type MissionRow = typeof unMissions.$inferSelect;
export type BriefRow = typeof missionBriefs.$inferSelect;

export async function findNote(q: Queryable, networkId: string, id: string) {
	const [row] = await q
		.select({ note: situationNotes, ownerCode: participants.code })
		.from(situationNotes)
		.innerJoin(participants, eq(participants.id, situationNotes.ownerId))
		.where(and(eq(situationNotes.networkId, networkId), eq(situationNotes.id, id)))
		.limit(1);
	return row;
}

export interface NoteFilter {
	mission?: string | undefined;
	country?: string | undefined;
	severity?: NoteRow['severity'] | undefined;
	since?: Date | undefined;
	status?: 'open' | 'closed' | undefined;
	/** Only notes that carry a place on the map: their own coordinates or their mission's. */
	placed?: boolean;
}

function filterClause(networkId: string, filter: NoteFilter) {
	return and(
		eq(situationNotes.networkId, networkId),
		filter.mission ? eq(situationNotes.mission, filter.mission) : undefined,
		filter.country ? eq(situationNotes.countryIso3, filter.country) : undefined,
		filter.severity ? eq(situationNotes.severity, filter.severity) : undefined,
		filter.since ? gte(situationNotes.updatedAt, filter.since) : undefined,
		filter.status === 'open' ? isNull(situationNotes.closedAt) : undefined,
		filter.status === 'closed' ? isNotNull(situationNotes.closedAt) : undefined,
		filter.placed
			? or(isNotNull(situationNotes.longitude), isNotNull(situationNotes.mission))
			: undefined
	);
}

/** One page of the visible notes, the latest observed first, and how many there are. */
export async function listNoteRows(
	q: Queryable,
	networkId: string,
	filter: NoteFilter,
	page: { limit: number; offset: number }
) {
	const where = filterClause(networkId, filter);
	const rows = await q
		.select({ note: situationNotes, ownerCode: participants.code })
		.from(situationNotes)
		.innerJoin(participants, eq(participants.id, situationNotes.ownerId))
		.where(where)
		.orderBy(desc(situationNotes.observedAt), asc(situationNotes.id))
		.limit(page.limit)
		.offset(page.offset);
	if (page.offset === 0 && rows.length < page.limit) return { rows, total: rows.length };
	const [total] = await q.select({ n: count() }).from(situationNotes).where(where);
	return { rows, total: total?.n ?? 0 };
}

export async function insertNote(q: Queryable, row: NewNoteRow & { id: string }): Promise<void> {
	// No RETURNING: an administrator may write a note it is not allowed to read back.
	await q.insert(situationNotes).values(row);
}

export async function updateNoteRow(
	q: Queryable,
	id: string,
	changes: Partial<NewNoteRow>
): Promise<number> {
	const result = await q
		.update(situationNotes)
		.set({ ...changes, updatedAt: new Date(), version: sql`${situationNotes.version} + 1` })
		.where(eq(situationNotes.id, id))
		.returning({ id: situationNotes.id });
	return result.length;
}

export async function insertNoteVersion(
	q: Queryable,
	row: typeof situationNoteVersions.$inferInsert
): Promise<void> {
	await q.insert(situationNoteVersions).values(row);
}

export function listNoteVersions(q: Queryable, noteId: string) {
	return q
		.select()
		.from(situationNoteVersions)
		.where(eq(situationNoteVersions.noteId, noteId))
		.orderBy(asc(situationNoteVersions.number));
}

export async function findMission(q: Queryable, acronym: string): Promise<MissionRow | undefined> {
	const [row] = await q.select().from(unMissions).where(eq(unMissions.acronym, acronym)).limit(1);
	return row;
}

export function listMissionRows(q: Queryable): Promise<MissionRow[]> {
	return q.select().from(unMissions).orderBy(asc(unMissions.acronym));
}

export async function findBrief(
	q: Queryable,
	networkId: string,
	mission: string
): Promise<BriefRow | undefined> {
	const [row] = await q
		.select()
		.from(missionBriefs)
		.where(and(eq(missionBriefs.networkId, networkId), eq(missionBriefs.mission, mission)))
		.limit(1);
	return row;
}

export async function upsertBrief(
	q: Queryable,
	row: typeof missionBriefs.$inferInsert
): Promise<void> {
	await q
		.insert(missionBriefs)
		.values(row)
		.onConflictDoUpdate({
			target: [missionBriefs.networkId, missionBriefs.mission],
			set: {
				mandateSummary: row.mandateSummary,
				mandateRenewalOn: row.mandateRenewalOn,
				hostCountryIso3: row.hostCountryIso3,
				updatedBy: row.updatedBy,
				updatedByParticipant: row.updatedByParticipant,
				updatedAt: new Date()
			}
		});
}

/** The reader's own follows in a network (row-level security shows no one else's). */
export function listFollowRows(q: Queryable, networkId: string, userId: string) {
	return q
		.select()
		.from(situationFollows)
		.where(and(eq(situationFollows.networkId, networkId), eq(situationFollows.userId, userId)))
		.orderBy(asc(situationFollows.mission), asc(situationFollows.countryIso3));
}

export async function insertFollow(
	q: Queryable,
	row: { userId: string; networkId: string; mission: string | null; countryIso3: string | null }
): Promise<void> {
	await q.insert(situationFollows).values(row).onConflictDoNothing();
}

export async function deleteFollow(
	q: Queryable,
	row: { userId: string; networkId: string; mission: string | null; countryIso3: string | null }
): Promise<number> {
	const result = await q
		.delete(situationFollows)
		.where(
			and(
				eq(situationFollows.userId, row.userId),
				eq(situationFollows.networkId, row.networkId),
				row.mission
					? eq(situationFollows.mission, row.mission)
					: eq(situationFollows.countryIso3, row.countryIso3 ?? '')
			)
		)
		.returning({ id: situationFollows.id });
	return result.length;
}

/** Open notes on what the user follows, changed since `since`, the latest observed first. */
export function listFollowedNoteRows(
	q: Queryable,
	networkId: string,
	userId: string,
	since: Date,
	limit: number
) {
	const followed = sql`EXISTS (
		SELECT 1 FROM ${situationFollows} f
		WHERE f.user_id = ${userId} AND f.network_id = ${networkId}
			AND (f.mission = ${situationNotes.mission} OR f.country_iso3 = ${situationNotes.countryIso3})
	)`;
	return q
		.select({ note: situationNotes, ownerCode: participants.code })
		.from(situationNotes)
		.innerJoin(participants, eq(participants.id, situationNotes.ownerId))
		.where(
			and(
				eq(situationNotes.networkId, networkId),
				isNull(situationNotes.closedAt),
				gte(situationNotes.updatedAt, since),
				followed
			)
		)
		.orderBy(desc(situationNotes.observedAt), asc(situationNotes.id))
		.limit(limit);
}

/** Which of `ids` the current reader sees; row-level security decides. */
export async function listVisibleNoteIds(q: Queryable, ids: readonly string[]): Promise<string[]> {
	if (ids.length === 0) return [];
	const rows = await q
		.select({ id: situationNotes.id })
		.from(situationNotes)
		.where(inArray(situationNotes.id, [...ids]));
	return rows.map((r) => r.id);
}

/**
 * Holds up to `limit` notes whose digest has not gone out, for `leaseMs`: a pass that dies
 * leaves them to the next one once the lease ends. Notes of several processes never overlap.
 */
export async function claimUnannouncedNotes(
	q: Queryable,
	now: Date,
	leaseMs: number,
	limit: number
) {
	const candidates = q
		.select({ id: situationNotes.id })
		.from(situationNotes)
		.where(
			and(
				isNull(situationNotes.announcedAt),
				or(isNull(situationNotes.digestClaimedUntil), lt(situationNotes.digestClaimedUntil, now))
			)
		)
		.orderBy(asc(situationNotes.createdAt))
		.limit(limit)
		.for('update', { skipLocked: true });
	return q
		.update(situationNotes)
		.set({ digestClaimedUntil: new Date(now.getTime() + leaseMs) })
		.where(inArray(situationNotes.id, candidates))
		.returning();
}

/** The active users following a mission or the country of any of the notes, with their notes. */
export function listFollowersOf(q: Queryable, noteIds: readonly string[]) {
	return q
		.selectDistinct({
			userId: users.id,
			email: users.email,
			locale: users.locale,
			timeZone: users.timeZone,
			noteId: situationNotes.id
		})
		.from(situationNotes)
		.innerJoin(
			situationFollows,
			and(
				eq(situationFollows.networkId, situationNotes.networkId),
				or(
					eq(situationFollows.mission, situationNotes.mission),
					eq(situationFollows.countryIso3, situationNotes.countryIso3)
				)
			)
		)
		.innerJoin(users, and(eq(users.id, situationFollows.userId), eq(users.active, true)))
		.where(inArray(situationNotes.id, [...noteIds]));
}

/** Marks the notes' digest as sent, only those this pass still holds. */
export async function markAnnounced(
	q: Queryable,
	ids: readonly string[],
	claimedUntil: Date,
	now: Date
): Promise<string[]> {
	if (ids.length === 0) return [];
	const rows = await q
		.update(situationNotes)
		.set({ announcedAt: now, digestClaimedUntil: null })
		.where(
			and(
				inArray(situationNotes.id, [...ids]),
				isNull(situationNotes.announcedAt),
				eq(situationNotes.digestClaimedUntil, claimedUntil)
			)
		)
		.returning({ id: situationNotes.id });
	return rows.map((r) => r.id);
}

/** Export: the notes a participant owns, with every version. */
export function listNotesOwnedBy(q: Queryable, ownerId: string) {
	return q
		.select()
		.from(situationNotes)
		.where(eq(situationNotes.ownerId, ownerId))
		.orderBy(asc(situationNotes.createdAt));
}

export function listVersionsOfNotes(q: Queryable, noteIds: readonly string[]) {
	if (noteIds.length === 0) return Promise.resolve([]);
	return q
		.select()
		.from(situationNoteVersions)
		.where(inArray(situationNoteVersions.noteId, [...noteIds]))
		.orderBy(asc(situationNoteVersions.noteId), asc(situationNoteVersions.number));
}

/** What is known of a note's files, without their bytes. */
const attachmentSummary = {
	id: situationNoteAttachments.id,
	noteId: situationNoteAttachments.noteId,
	filename: situationNoteAttachments.filename,
	contentType: situationNoteAttachments.contentType,
	size: situationNoteAttachments.size,
	createdAt: situationNoteAttachments.createdAt
};
export type AttachmentSummary = Omit<AttachmentRow, 'data' | 'createdBy'>;

export function listAttachmentSummaries(
	q: Queryable,
	noteIds: readonly string[]
): Promise<AttachmentSummary[]> {
	if (noteIds.length === 0) return Promise.resolve([]);
	return q
		.select(attachmentSummary)
		.from(situationNoteAttachments)
		.where(inArray(situationNoteAttachments.noteId, [...noteIds]))
		.orderBy(asc(situationNoteAttachments.createdAt), asc(situationNoteAttachments.id));
}

export async function countAttachments(q: Queryable, noteId: string): Promise<number> {
	const [row] = await q
		.select({ n: count() })
		.from(situationNoteAttachments)
		.where(eq(situationNoteAttachments.noteId, noteId));
	return row?.n ?? 0;
}

export async function findAttachment(
	q: Queryable,
	noteId: string,
	attachmentId: string
): Promise<AttachmentRow | undefined> {
	const [row] = await q
		.select()
		.from(situationNoteAttachments)
		.where(
			and(
				eq(situationNoteAttachments.noteId, noteId),
				eq(situationNoteAttachments.id, attachmentId)
			)
		)
		.limit(1);
	return row;
}

export async function insertAttachments(
	q: Queryable,
	rows: (typeof situationNoteAttachments.$inferInsert)[]
): Promise<void> {
	if (rows.length > 0) await q.insert(situationNoteAttachments).values(rows);
}

/** How many rows went: none when the note is closed or the file is not the note's. */
export async function deleteAttachment(
	q: Queryable,
	noteId: string,
	attachmentId: string
): Promise<number> {
	const gone = await q
		.delete(situationNoteAttachments)
		.where(
			and(
				eq(situationNoteAttachments.noteId, noteId),
				eq(situationNoteAttachments.id, attachmentId)
			)
		)
		.returning({ id: situationNoteAttachments.id });
	return gone.length;
}

/** Export: the files of a few notes, bytes included. */
export function listAttachmentRows(q: Queryable, noteIds: readonly string[]) {
	if (noteIds.length === 0) return Promise.resolve([]);
	return q
		.select()
		.from(situationNoteAttachments)
		.where(inArray(situationNoteAttachments.noteId, [...noteIds]))
		.orderBy(asc(situationNoteAttachments.noteId), asc(situationNoteAttachments.createdAt));
}

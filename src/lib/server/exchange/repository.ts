import { and, asc, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/client';
import {
	cooperationCommitmentEvents,
	cooperationCommitments,
	cooperationOffers,
	cooperationRequests,
	participants,
	unMissions,
	users
} from '../db/schema';
import type { CommitmentStatus } from './schemas';

export type RequestRow = typeof cooperationRequests.$inferSelect;
export type OfferRow = typeof cooperationOffers.$inferSelect;
export type CommitmentRow = typeof cooperationCommitments.$inferSelect;

function rowsOf<T>(result: unknown): T[] {
	return (result as { rows: T[] }).rows;
}

// Requests ----------------------------------------------------------------------------------

export async function insertRequest(
	q: Queryable,
	row: typeof cooperationRequests.$inferInsert & { id: string }
): Promise<void> {
	await q.insert(cooperationRequests).values(row);
}

export async function updateRequestRow(
	q: Queryable,
	id: string,
	changes: Partial<typeof cooperationRequests.$inferInsert>
): Promise<number> {
	const result = await q
		.update(cooperationRequests)
		.set({ ...changes, updatedAt: new Date(), version: sql`${cooperationRequests.version} + 1` })
		.where(eq(cooperationRequests.id, id))
		.returning({ id: cooperationRequests.id });
	return result.length;
}

export async function findRequest(q: Queryable, networkId: string, id: string) {
	const [row] = await q
		.select({ request: cooperationRequests, ownerCode: participants.code })
		.from(cooperationRequests)
		.innerJoin(participants, eq(participants.id, cooperationRequests.ownerId))
		.where(and(eq(cooperationRequests.networkId, networkId), eq(cooperationRequests.id, id)))
		.limit(1);
	return row;
}

/** Every visible request of a network, newest first, narrowed by category and owner. */
export function listRequestRows(
	q: Queryable,
	networkId: string,
	filter: { category?: RequestRow['category'] | undefined; ownerId?: string | undefined }
) {
	return q
		.select({ request: cooperationRequests, ownerCode: participants.code })
		.from(cooperationRequests)
		.innerJoin(participants, eq(participants.id, cooperationRequests.ownerId))
		.where(
			and(
				eq(cooperationRequests.networkId, networkId),
				filter.category ? eq(cooperationRequests.category, filter.category) : undefined,
				filter.ownerId ? eq(cooperationRequests.ownerId, filter.ownerId) : undefined
			)
		)
		.orderBy(desc(cooperationRequests.createdAt), asc(cooperationRequests.id));
}

/** The other requests of one participant in one category: candidates for an overlap. */
export function listSiblingRequests(
	q: Queryable,
	networkId: string,
	ownerId: string,
	category: RequestRow['category'],
	exceptId: string
) {
	return q
		.select({ request: cooperationRequests, ownerCode: participants.code })
		.from(cooperationRequests)
		.innerJoin(participants, eq(participants.id, cooperationRequests.ownerId))
		.where(
			and(
				eq(cooperationRequests.networkId, networkId),
				eq(cooperationRequests.ownerId, ownerId),
				eq(cooperationRequests.category, category),
				isNull(cooperationRequests.closedAt),
				ne(cooperationRequests.id, exceptId)
			)
		);
}

/** Requests still taking commitments, for matching an offer against. */
export function listOpenRequestRows(q: Queryable, networkId: string, exceptOwnerId: string) {
	return q
		.select({ request: cooperationRequests, ownerCode: participants.code })
		.from(cooperationRequests)
		.innerJoin(participants, eq(participants.id, cooperationRequests.ownerId))
		.where(
			and(
				eq(cooperationRequests.networkId, networkId),
				isNull(cooperationRequests.closedAt),
				ne(cooperationRequests.ownerId, exceptOwnerId)
			)
		);
}

// Offers ------------------------------------------------------------------------------------

export async function insertOffer(
	q: Queryable,
	row: typeof cooperationOffers.$inferInsert & { id: string }
): Promise<void> {
	await q.insert(cooperationOffers).values(row);
}

export async function updateOfferRow(
	q: Queryable,
	id: string,
	changes: Partial<typeof cooperationOffers.$inferInsert>
): Promise<number> {
	const result = await q
		.update(cooperationOffers)
		.set({ ...changes, updatedAt: new Date(), version: sql`${cooperationOffers.version} + 1` })
		.where(eq(cooperationOffers.id, id))
		.returning({ id: cooperationOffers.id });
	return result.length;
}

export async function findOffer(q: Queryable, networkId: string, id: string) {
	const [row] = await q
		.select({ offer: cooperationOffers, ownerCode: participants.code })
		.from(cooperationOffers)
		.innerJoin(participants, eq(participants.id, cooperationOffers.ownerId))
		.where(and(eq(cooperationOffers.networkId, networkId), eq(cooperationOffers.id, id)))
		.limit(1);
	return row;
}

export function listOfferRows(
	q: Queryable,
	networkId: string,
	filter: {
		category?: OfferRow['category'] | undefined;
		ownerId?: string | undefined;
		exceptOwnerId?: string | undefined;
		includeClosed?: boolean | undefined;
	}
) {
	return q
		.select({ offer: cooperationOffers, ownerCode: participants.code })
		.from(cooperationOffers)
		.innerJoin(participants, eq(participants.id, cooperationOffers.ownerId))
		.where(
			and(
				eq(cooperationOffers.networkId, networkId),
				filter.category ? eq(cooperationOffers.category, filter.category) : undefined,
				filter.ownerId ? eq(cooperationOffers.ownerId, filter.ownerId) : undefined,
				filter.exceptOwnerId ? ne(cooperationOffers.ownerId, filter.exceptOwnerId) : undefined,
				filter.includeClosed ? undefined : isNull(cooperationOffers.closedAt)
			)
		)
		.orderBy(desc(cooperationOffers.createdAt), asc(cooperationOffers.id));
}

/** Of the given offers, those the reader sees (row-level security filters the rest). */
export async function visibleOfferIds(q: Queryable, ids: readonly string[]): Promise<Set<string>> {
	if (ids.length === 0) return new Set();
	const rows = await q
		.select({ id: cooperationOffers.id })
		.from(cooperationOffers)
		.where(inArray(cooperationOffers.id, [...ids]));
	return new Set(rows.map((r) => r.id));
}

// Commitments -------------------------------------------------------------------------------

const provider = alias(participants, 'provider');

export function listCommitmentRows(q: Queryable, requestIds: readonly string[]) {
	if (requestIds.length === 0) return Promise.resolve([]);
	return q
		.select({ commitment: cooperationCommitments, providerCode: provider.code })
		.from(cooperationCommitments)
		.innerJoin(provider, eq(provider.id, cooperationCommitments.ownerId))
		.where(inArray(cooperationCommitments.requestId, [...requestIds]))
		.orderBy(asc(cooperationCommitments.createdAt), asc(cooperationCommitments.id));
}

export function listCommitmentSteps(q: Queryable, commitmentIds: readonly string[]) {
	if (commitmentIds.length === 0) return Promise.resolve([]);
	return q
		.select({
			commitmentId: cooperationCommitmentEvents.commitmentId,
			from: cooperationCommitmentEvents.fromStatus,
			to: cooperationCommitmentEvents.toStatus,
			participantCode: participants.code,
			note: cooperationCommitmentEvents.note,
			at: cooperationCommitmentEvents.at
		})
		.from(cooperationCommitmentEvents)
		.innerJoin(participants, eq(participants.id, cooperationCommitmentEvents.participantId))
		.where(inArray(cooperationCommitmentEvents.commitmentId, [...commitmentIds]))
		.orderBy(asc(cooperationCommitmentEvents.seq));
}

/** A commitment with the request it belongs to; none when the reader cannot see the request. */
export async function findCommitment(q: Queryable, networkId: string, id: string) {
	const [row] = await q
		.select({ commitment: cooperationCommitments, request: cooperationRequests })
		.from(cooperationCommitments)
		.innerJoin(cooperationRequests, eq(cooperationRequests.id, cooperationCommitments.requestId))
		.where(and(eq(cooperationCommitments.networkId, networkId), eq(cooperationCommitments.id, id)))
		.limit(1);
	return row;
}

export async function insertCommitment(
	q: Queryable,
	row: typeof cooperationCommitments.$inferInsert & { id: string }
): Promise<void> {
	await q.insert(cooperationCommitments).values(row);
}

/** Moves a commitment on only from the status it was read in; 0 when another step came first. */
export async function stepCommitment(
	q: Queryable,
	id: string,
	from: CommitmentStatus,
	to: CommitmentStatus
): Promise<number> {
	const result = await q
		.update(cooperationCommitments)
		.set({ status: to, updatedAt: new Date() })
		.where(and(eq(cooperationCommitments.id, id), eq(cooperationCommitments.status, from)))
		.returning({ id: cooperationCommitments.id });
	return result.length;
}

export async function insertCommitmentStep(
	q: Queryable,
	row: typeof cooperationCommitmentEvents.$inferInsert
): Promise<void> {
	await q.insert(cooperationCommitmentEvents).values(row);
}

/**
 * Commitments waiting on a participant: proposals to accept and deliveries to verify on its
 * requests, and accepted or started commitments it has to deliver.
 */
export function listWaitingRows(q: Queryable, networkId: string, participantId: string) {
	const requester = alias(participants, 'requester');
	return q
		.select({
			commitmentId: cooperationCommitments.id,
			requestId: cooperationRequests.id,
			title: cooperationRequests.title,
			status: cooperationCommitments.status,
			requestOwnerId: cooperationRequests.ownerId,
			requesterCode: requester.code,
			requesterName: requester.name,
			providerCode: provider.code,
			providerName: provider.name,
			updatedAt: cooperationCommitments.updatedAt,
			networkId: cooperationRequests.networkId,
			ownerId: cooperationRequests.ownerId,
			level: cooperationRequests.level,
			releasedTo: cooperationRequests.releasedTo
		})
		.from(cooperationCommitments)
		.innerJoin(cooperationRequests, eq(cooperationRequests.id, cooperationCommitments.requestId))
		.innerJoin(requester, eq(requester.id, cooperationRequests.ownerId))
		.innerJoin(provider, eq(provider.id, cooperationCommitments.ownerId))
		.where(
			and(
				eq(cooperationCommitments.networkId, networkId),
				or(
					and(
						eq(cooperationRequests.ownerId, participantId),
						inArray(cooperationCommitments.status, ['proposed', 'delivered'])
					),
					and(
						eq(cooperationCommitments.ownerId, participantId),
						inArray(cooperationCommitments.status, ['accepted', 'in_progress'])
					)
				)
			)
		)
		.orderBy(asc(cooperationCommitments.updatedAt), asc(cooperationCommitments.id));
}

// Missions ----------------------------------------------------------------------------------

export function listMissionRows(q: Queryable) {
	return q
		.select({ acronym: unMissions.acronym, name: unMissions.name })
		.from(unMissions)
		.where(eq(unMissions.kind, 'pko'))
		.orderBy(asc(unMissions.acronym));
}

export async function missionExists(q: Queryable, acronym: string): Promise<boolean> {
	const [row] = await q
		.select({ acronym: unMissions.acronym })
		.from(unMissions)
		.where(eq(unMissions.acronym, acronym))
		.limit(1);
	return row !== undefined;
}

// Digest (system work, run as the owner) -------------------------------------------------------

/**
 * Queues, for each focal point of the side a commitment waits on, the step that made it wait:
 * a proposal and a delivery wait on the requester, an acceptance on the provider. Steps the
 * commitment has moved on from are not queued.
 */
export async function queueWaitingNotifications(q: Queryable): Promise<void> {
	await q.execute(sql`
		INSERT INTO cooperation_notifications (event_seq, user_id)
		SELECT e.seq, u.id
		FROM cooperation_commitment_events e
		JOIN cooperation_commitments c ON c.id = e.commitment_id AND c.status = e.to_status
		JOIN cooperation_requests r ON r.id = c.request_id
		JOIN users u ON u.participant_id = CASE
			WHEN e.to_status IN ('proposed', 'delivered') THEN r.owner_id
			ELSE c.owner_id
		END
		WHERE e.to_status IN ('proposed', 'accepted', 'delivered')
			AND u.role = 'focal_point'
			AND u.active
			AND NOT EXISTS (
				SELECT 1 FROM cooperation_notifications n WHERE n.event_seq = e.seq AND n.user_id = u.id
			)
		ON CONFLICT (event_seq, user_id) DO NOTHING
	`);
}

export interface ClaimedCooperationNotice {
	user_id: string;
	to_status: CommitmentStatus;
	still_waiting: boolean;
	commitment_id: string;
	request_id: string;
	network_slug: string;
	title: RequestRow['title'];
	requester_code: string;
	provider_code: string;
}

/**
 * Marks pending notifications sent and returns them with what the mail names, in the caller's
 * transaction; rows another process claimed are skipped, so each goes into one digest.
 */
export async function claimPendingNotices(
	q: Queryable,
	now: Date,
	limit: number
): Promise<ClaimedCooperationNotice[]> {
	const result = await q.execute(sql`
		WITH claimed AS (
			UPDATE cooperation_notifications SET sent_at = ${now.toISOString()}
			WHERE id IN (
				SELECT id FROM cooperation_notifications
				WHERE sent_at IS NULL
				ORDER BY created_at
				LIMIT ${limit}
				FOR UPDATE SKIP LOCKED
			)
			RETURNING event_seq, user_id
		)
		SELECT claimed.user_id, e.to_status, (c.status = e.to_status) AS still_waiting,
			c.id AS commitment_id, r.id AS request_id, n.slug AS network_slug, r.title,
			rp.code AS requester_code, pp.code AS provider_code
		FROM claimed
		JOIN cooperation_commitment_events e ON e.seq = claimed.event_seq
		JOIN cooperation_commitments c ON c.id = e.commitment_id
		JOIN cooperation_requests r ON r.id = c.request_id
		JOIN networks n ON n.id = r.network_id
		JOIN participants rp ON rp.id = r.owner_id
		JOIN participants pp ON pp.id = c.owner_id
		ORDER BY e.seq
	`);
	return rowsOf<ClaimedCooperationNotice>(result);
}

export function listNoticeRecipients(q: Queryable, userIds: readonly string[]) {
	if (userIds.length === 0) return Promise.resolve([]);
	return q
		.select({ id: users.id, email: users.email, locale: users.locale })
		.from(users)
		.where(inArray(users.id, [...userIds]));
}

// Export ------------------------------------------------------------------------------------

export function listRequestsOwnedBy(q: Queryable, participantId: string) {
	return q
		.select()
		.from(cooperationRequests)
		.where(eq(cooperationRequests.ownerId, participantId))
		.orderBy(asc(cooperationRequests.createdAt), asc(cooperationRequests.id));
}

export function listOffersOwnedBy(q: Queryable, participantId: string) {
	return q
		.select()
		.from(cooperationOffers)
		.where(eq(cooperationOffers.ownerId, participantId))
		.orderBy(asc(cooperationOffers.createdAt), asc(cooperationOffers.id));
}

export function listCommitmentsOwnedBy(q: Queryable, participantId: string) {
	return q
		.select()
		.from(cooperationCommitments)
		.where(eq(cooperationCommitments.ownerId, participantId))
		.orderBy(asc(cooperationCommitments.createdAt), asc(cooperationCommitments.id));
}

/** Steps the participant took, on its commitments or on commitments to its requests. */
export function listStepsTakenBy(q: Queryable, participantId: string) {
	return q
		.select()
		.from(cooperationCommitmentEvents)
		.where(eq(cooperationCommitmentEvents.participantId, participantId))
		.orderBy(asc(cooperationCommitmentEvents.seq));
}

import { and, asc, desc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import {
	decisionEvents,
	decisions,
	observerCandidates,
	participants,
	signatures,
	users
} from '../db/schema';

function rowsOf<T>(result: unknown): T[] {
	return (result as { rows: T[] }).rows;
}

export type DecisionRow = typeof decisions.$inferSelect;
export type NewDecisionRow = typeof decisions.$inferInsert;
export type DecisionEventRow = typeof decisionEvents.$inferSelect;
export type NewDecisionEventRow = typeof decisionEvents.$inferInsert;
export type CandidateRow = typeof observerCandidates.$inferSelect;

/** The member signatories: members that signed at least one declaration. */
export async function listMemberSignatoryIds(q: Queryable, networkId: string): Promise<string[]> {
	const rows = await q
		.selectDistinct({ id: participants.id, code: participants.code })
		.from(participants)
		.innerJoin(signatures, eq(signatures.participantId, participants.id))
		.where(and(eq(participants.networkId, networkId), eq(participants.status, 'member')))
		.orderBy(asc(participants.code));
	return rows.map((r) => r.id);
}

/** Serialises position, extension, withdrawal and settlement of one decision. */
export async function lockDecision(q: Queryable, id: string): Promise<void> {
	await q.execute(sql`SELECT pg_advisory_xact_lock(724300, hashtext(${id}))`);
}

export async function insertDecision(q: Queryable, row: NewDecisionRow): Promise<void> {
	await q.insert(decisions).values(row);
}

export async function insertDecisionEvent(q: Queryable, row: NewDecisionEventRow): Promise<void> {
	await q.insert(decisionEvents).values(row);
}

export async function findDecision(
	q: Queryable,
	networkId: string,
	id: string
): Promise<DecisionRow | undefined> {
	const [row] = await q
		.select()
		.from(decisions)
		.where(and(eq(decisions.networkId, networkId), eq(decisions.id, id)))
		.limit(1);
	return row;
}

export async function findDecisionById(q: Queryable, id: string): Promise<DecisionRow | undefined> {
	const [row] = await q.select().from(decisions).where(eq(decisions.id, id)).limit(1);
	return row;
}

export function listDecisionRows(q: Queryable, networkId: string): Promise<DecisionRow[]> {
	return q
		.select()
		.from(decisions)
		.where(eq(decisions.networkId, networkId))
		.orderBy(desc(decisions.createdAt));
}

export function listDecisionEventRows(
	q: Queryable,
	decisionIds: readonly string[]
): Promise<DecisionEventRow[]> {
	if (decisionIds.length === 0) return Promise.resolve([]);
	return q
		.select()
		.from(decisionEvents)
		.where(inArray(decisionEvents.decisionId, [...decisionIds]))
		.orderBy(asc(decisionEvents.seq));
}

export async function updateDecision(
	q: Queryable,
	id: string,
	change: Partial<Pick<DecisionRow, 'status' | 'deadline' | 'outcomeAt'>>
): Promise<void> {
	await q
		.update(decisions)
		.set({ ...change, updatedAt: new Date() })
		.where(eq(decisions.id, id));
}

export interface PositionTally {
	concur: number;
	abstain: number;
	object: number;
}

/**
 * The counts of the last positions before each decision's deadline, for any reader of the
 * decision, whether or not the reader may see the positions themselves.
 */
export async function tallyPositions(
	q: Queryable,
	decisionIds: readonly string[]
): Promise<Map<string, PositionTally>> {
	const tallies = new Map<string, PositionTally>();
	if (decisionIds.length === 0) return tallies;
	for (const id of decisionIds) tallies.set(id, { concur: 0, abstain: 0, object: 0 });
	const ids = sql.join(
		[...new Set(decisionIds)].map((id) => sql`${id}`),
		sql`, `
	);
	const result = await q.execute(
		sql`SELECT decision_id, "position", n FROM app_decision_tally(ARRAY[${ids}]::uuid[])`
	);
	for (const row of rowsOf<{ decision_id: string; position: keyof PositionTally; n: number }>(
		result
	)) {
		const tally = tallies.get(row.decision_id);
		if (tally) tally[row.position] = Number(row.n);
	}
	return tallies;
}

/** The earliest deadline of a decision still open after `now`, if any. */
export async function findNextDeadline(q: Queryable, now: Date): Promise<Date | null> {
	const [row] = await q
		.select({ deadline: decisions.deadline })
		.from(decisions)
		.where(and(eq(decisions.status, 'open'), gt(decisions.deadline, now)))
		.orderBy(asc(decisions.deadline))
		.limit(1);
	return row?.deadline ?? null;
}

/** Open decisions whose deadline has passed, oldest first. */
export async function listDueDecisionIds(q: Queryable, now: Date, limit = 100): Promise<string[]> {
	const rows = await q
		.select({ id: decisions.id })
		.from(decisions)
		.where(and(eq(decisions.status, 'open'), lte(decisions.deadline, now)))
		.orderBy(asc(decisions.deadline))
		.limit(limit);
	return rows.map((r) => r.id);
}

export async function findCandidateByCode(
	q: Queryable,
	networkId: string,
	code: string
): Promise<CandidateRow | undefined> {
	const [row] = await q
		.select()
		.from(observerCandidates)
		.where(and(eq(observerCandidates.networkId, networkId), eq(observerCandidates.code, code)))
		.limit(1);
	return row;
}

export async function findCandidateById(
	q: Queryable,
	id: string
): Promise<CandidateRow | undefined> {
	const [row] = await q.select().from(observerCandidates).where(eq(observerCandidates.id, id));
	return row;
}

export async function insertCandidate(
	q: Queryable,
	row: typeof observerCandidates.$inferInsert
): Promise<CandidateRow> {
	const [inserted] = await q.insert(observerCandidates).values(row).returning();
	return inserted!;
}

/** Makes the candidate a participant with status observer; owner rights (participants is read-only to users). */
export async function admitCandidate(q: Queryable, candidate: CandidateRow): Promise<string> {
	await q
		.insert(participants)
		.values({
			networkId: candidate.networkId,
			code: candidate.code,
			kind: candidate.kind,
			status: 'observer',
			name: candidate.name,
			ministry: candidate.ministry,
			countryCode: candidate.countryCode
		})
		.onConflictDoNothing({ target: [participants.networkId, participants.code] });
	const [participant] = await q
		.select({ id: participants.id, status: participants.status })
		.from(participants)
		.where(
			and(eq(participants.networkId, candidate.networkId), eq(participants.code, candidate.code))
		);
	if (participant!.status === 'partner') {
		await q
			.update(participants)
			.set({ status: 'observer', updatedAt: new Date() })
			.where(eq(participants.id, participant!.id));
	}
	await q
		.update(observerCandidates)
		.set({ admittedParticipantId: participant!.id })
		.where(eq(observerCandidates.id, candidate.id));
	return participant!.id;
}

/** Queues one notification of `kind` for each active focal point of an eligible participant. */
export async function queueNotifications(
	q: Queryable,
	decisionId: string,
	kind: 'opened' | 'reminder' | 'outcome'
): Promise<void> {
	// A reminder only goes to participants that have not taken a position yet.
	const unanswered =
		kind === 'reminder'
			? sql`AND NOT EXISTS (SELECT 1 FROM decision_events e WHERE e.decision_id = d.id AND e.kind = 'position' AND e.participant_id = u.participant_id)`
			: sql``;
	await q.execute(sql`
		INSERT INTO decision_notifications (decision_id, user_id, kind)
		SELECT d.id, u.id, ${kind}::decision_notification_kind
		FROM decisions d
		JOIN users u ON u.participant_id = ANY (d.eligible)
		WHERE d.id = ${decisionId} AND u.role = 'focal_point' AND u.active ${unanswered}
		ON CONFLICT (decision_id, user_id, kind) DO NOTHING
	`);
}

/** Open decisions within `windowMs` of their deadline whose reminders are not queued yet. */
export async function listDecisionsToRemind(
	q: Queryable,
	now: Date,
	windowMs: number
): Promise<string[]> {
	const rows = await q
		.select({ id: decisions.id })
		.from(decisions)
		.where(
			and(
				eq(decisions.status, 'open'),
				lte(decisions.deadline, new Date(now.getTime() + windowMs)),
				sql`${decisions.deadline} > ${now.toISOString()}`,
				sql`NOT EXISTS (SELECT 1 FROM decision_notifications n WHERE n.decision_id = ${decisions.id} AND n.kind = 'reminder')`
			)
		);
	return rows.map((r) => r.id);
}

/** Open decisions that have no opening notification yet (a process stopped right after opening). */
export async function listDecisionsNotAnnounced(q: Queryable): Promise<string[]> {
	const rows = await q
		.select({ id: decisions.id })
		.from(decisions)
		.where(
			and(
				eq(decisions.status, 'open'),
				sql`NOT EXISTS (SELECT 1 FROM decision_notifications n WHERE n.decision_id = ${decisions.id} AND n.kind = 'opened')`
			)
		);
	return rows.map((r) => r.id);
}

export interface ClaimedNotification {
	id: string;
	decision_id: string;
	user_id: string;
	kind: 'opened' | 'reminder' | 'outcome';
}

/**
 * Marks pending notifications as sent and returns them, in the caller's transaction. Rows another
 * process has claimed are skipped, so each notification goes into exactly one digest.
 */
export async function claimPendingNotifications(
	q: Queryable,
	now: Date,
	limit: number
): Promise<ClaimedNotification[]> {
	const result = await q.execute(sql`
		UPDATE decision_notifications SET sent_at = ${now.toISOString()}
		WHERE id IN (
			SELECT id FROM decision_notifications
			WHERE sent_at IS NULL
			ORDER BY created_at
			LIMIT ${limit}
			FOR UPDATE SKIP LOCKED
		)
		RETURNING id, decision_id, user_id, kind
	`);
	return rowsOf<ClaimedNotification>(result);
}

export function listRecipients(q: Queryable, userIds: readonly string[]) {
	if (userIds.length === 0) return Promise.resolve([]);
	return q
		.select({
			id: users.id,
			email: users.email,
			locale: users.locale,
			timeZone: users.timeZone
		})
		.from(users)
		.where(inArray(users.id, [...userIds]));
}

export function listDecisionsByIds(q: Queryable, ids: readonly string[]): Promise<DecisionRow[]> {
	if (ids.length === 0) return Promise.resolve([]);
	return q
		.select()
		.from(decisions)
		.where(inArray(decisions.id, [...ids]));
}

/** The decisions a participant opened. */
export function listDecisionsOwnedBy(q: Queryable, ownerId: string): Promise<DecisionRow[]> {
	return q
		.select()
		.from(decisions)
		.where(eq(decisions.ownerId, ownerId))
		.orderBy(asc(decisions.createdAt));
}

/** Every position a participant took, on any decision, in the order they were taken. */
export function listPositionsTakenBy(q: Queryable, participantId: string) {
	return q
		.select()
		.from(decisionEvents)
		.where(
			and(eq(decisionEvents.participantId, participantId), eq(decisionEvents.kind, 'position'))
		)
		.orderBy(asc(decisionEvents.seq));
}

import { and, asc, desc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import {
	conferences,
	declarationAmendments,
	declarationParagraphs,
	declarations,
	declarationSignatures,
	declarationVersions,
	decisionEvents,
	decisions,
	governanceBodies,
	governanceBodyMembers,
	observerCandidates,
	participants,
	presidencyHandovers,
	presidencyTerms,
	signatures,
	users
} from '../db/schema';

export type DecisionRow = typeof decisions.$inferSelect;
export type NewDecisionRow = typeof decisions.$inferInsert;
export type DecisionEventRow = typeof decisionEvents.$inferSelect;
export type NewDecisionEventRow = typeof decisionEvents.$inferInsert;
export type CandidateRow = typeof observerCandidates.$inferSelect;
export type BodyRow = typeof governanceBodies.$inferSelect;

function rowsOf<T>(result: unknown): T[] {
	return (result as { rows: T[] }).rows;
}

/** Participant ids of the members of the network's Technical Secretariat. */
export async function listSecretariatIds(q: Queryable, networkId: string): Promise<string[]> {
	const rows = await q
		.select({ id: governanceBodyMembers.participantId })
		.from(governanceBodyMembers)
		.innerJoin(governanceBodies, eq(governanceBodies.id, governanceBodyMembers.bodyId))
		.where(
			and(eq(governanceBodies.networkId, networkId), eq(governanceBodies.kind, 'secretariat'))
		);
	return rows.map((r) => r.id);
}

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

/** Open decisions whose deadline has passed, oldest first. */
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

// Notifications -----------------------------------------------------------------------------

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

// Presidency and bodies -----------------------------------------------------------------------

export function listHandoverRows(q: Queryable, networkId: string) {
	return q
		.select()
		.from(presidencyHandovers)
		.where(eq(presidencyHandovers.networkId, networkId))
		.orderBy(asc(presidencyHandovers.handedOverOn));
}

export async function insertTerm(
	q: Queryable,
	row: typeof presidencyTerms.$inferInsert
): Promise<string> {
	const [inserted] = await q
		.insert(presidencyTerms)
		.values(row)
		.returning({ id: presidencyTerms.id });
	return inserted!.id;
}

export async function endTerm(q: Queryable, termId: string, endsOn: string): Promise<void> {
	await q
		.update(presidencyTerms)
		.set({ endsOn, updatedAt: new Date() })
		.where(eq(presidencyTerms.id, termId));
}

export async function insertHandover(
	q: Queryable,
	row: typeof presidencyHandovers.$inferInsert
): Promise<void> {
	await q.insert(presidencyHandovers).values(row);
}

export async function findConferenceByEdition(q: Queryable, networkId: string, edition: number) {
	const [row] = await q
		.select()
		.from(conferences)
		.where(and(eq(conferences.networkId, networkId), eq(conferences.edition, edition)));
	return row;
}

export function listBodyRows(q: Queryable, networkId: string): Promise<BodyRow[]> {
	return q
		.select()
		.from(governanceBodies)
		.where(eq(governanceBodies.networkId, networkId))
		.orderBy(asc(governanceBodies.kind), asc(governanceBodies.code));
}

export async function findBody(q: Queryable, networkId: string, code: string) {
	const [row] = await q
		.select()
		.from(governanceBodies)
		.where(and(eq(governanceBodies.networkId, networkId), eq(governanceBodies.code, code)));
	return row;
}

export function listBodyMemberRows(q: Queryable, bodyIds: readonly string[]) {
	if (bodyIds.length === 0) return Promise.resolve([]);
	return q
		.select({
			id: governanceBodyMembers.id,
			bodyId: governanceBodyMembers.bodyId,
			participantId: governanceBodyMembers.participantId,
			code: participants.code,
			name: participants.name,
			representativeName: governanceBodyMembers.representativeName,
			representativeTitle: governanceBodyMembers.representativeTitle
		})
		.from(governanceBodyMembers)
		.innerJoin(participants, eq(participants.id, governanceBodyMembers.participantId))
		.where(inArray(governanceBodyMembers.bodyId, [...bodyIds]))
		.orderBy(asc(participants.code));
}

export async function upsertBodyMember(
	q: Queryable,
	row: typeof governanceBodyMembers.$inferInsert
): Promise<void> {
	await q
		.insert(governanceBodyMembers)
		.values(row)
		.onConflictDoUpdate({
			target: [governanceBodyMembers.bodyId, governanceBodyMembers.participantId],
			set: {
				representativeName: row.representativeName ?? '',
				representativeTitle: row.representativeTitle ?? ''
			}
		});
}

export async function deleteBodyMember(
	q: Queryable,
	bodyId: string,
	participantId: string
): Promise<number> {
	const deleted = await q
		.delete(governanceBodyMembers)
		.where(
			and(
				eq(governanceBodyMembers.bodyId, bodyId),
				eq(governanceBodyMembers.participantId, participantId)
			)
		)
		.returning({ id: governanceBodyMembers.id });
	return deleted.length;
}

// Declarations --------------------------------------------------------------------------------

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

export async function findConferenceById(q: Queryable, id: string) {
	const [row] = await q.select().from(conferences).where(eq(conferences.id, id));
	return row;
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

// Export ----------------------------------------------------------------------------------------

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

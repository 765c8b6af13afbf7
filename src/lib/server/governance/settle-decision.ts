import { anonymousActor } from '../access/actor';
import { recordCalendarApproval } from '../calendar/approve-calendar';
import { appendAudit } from '../audit/append-audit';
import type { Database, Transaction } from '../db/client';
import { unsafeWithSystem } from '../db/with-actor';
import { decisionStatusAt } from './decision-outcome';
import { calendarYearOf } from './schemas';
import {
	admitCandidate,
	findCandidateById,
	findDecisionById,
	findDeclarationById,
	insertDecisionEvent,
	listDecisionEventRows,
	listDueDecisionIds,
	lockDecision,
	lockDeclaration,
	queueNotifications,
	rejectProposedAmendments,
	updateDecision,
	updateDeclaration,
	type DecisionRow
} from './repository';

/** What an adopted decision changes elsewhere; other areas' effects register here. */
export type AdoptionEffect = (tx: Transaction, decision: DecisionRow) => Promise<void>;
const adoptionEffects = new Map<DecisionRow['kind'], AdoptionEffect>();

export function onDecisionAdopted(kind: DecisionRow['kind'], effect: AdoptionEffect): void {
	adoptionEffects.set(kind, effect);
}

onDecisionAdopted('admit_observer', async (tx, decision) => {
	if (!decision.subjectCandidateId) return;
	const candidate = await findCandidateById(tx, decision.subjectCandidateId);
	if (!candidate || candidate.admittedParticipantId) return;
	const participantId = await admitCandidate(tx, candidate);
	await appendAudit(tx, anonymousActor, {
		action: 'admit_observer',
		entityType: 'participant',
		entityId: participantId,
		networkId: decision.networkId,
		details: { code: candidate.code, decision: decision.id }
	});
});

/** The annual calendar of the year the decision names is approved, recorded as by the decision. */
onDecisionAdopted('approve_calendar', async (tx, decision) => {
	const year = calendarYearOf(decision.subjectNote);
	if (year === null) return;
	await recordCalendarApproval(
		tx,
		anonymousActor,
		decision.networkId,
		year,
		`decision:${decision.id}`
	);
});

/**
 * The adopted text becomes public and frozen; amendments still proposed lapse, since nothing can
 * change it any more.
 */
onDecisionAdopted('adopt_declaration', async (tx, decision) => {
	if (!decision.subjectDeclarationId) return;
	await lockDeclaration(tx, decision.subjectDeclarationId);
	const declaration = await findDeclarationById(tx, decision.subjectDeclarationId);
	if (!declaration || declaration.networkId !== decision.networkId || declaration.frozen) return;
	await rejectProposedAmendments(tx, declaration.id, decision.deadline);
	await updateDeclaration(tx, declaration.id, {
		status: 'adopted',
		frozen: true,
		level: 'public',
		adoptedAt: decision.deadline,
		adoptionDecisionId: decision.id
	});
	await appendAudit(tx, anonymousActor, {
		action: 'adopt',
		entityType: 'declaration',
		entityId: declaration.id,
		networkId: decision.networkId,
		details: { decision: decision.id }
	});
});

/**
 * Fixes the outcome of one decision whose deadline has passed, with its effects, once: the lock
 * and the status check make a second process, or a read racing the timer, find it settled.
 */
export function unsafeSettleDecision(db: Database, id: string, now = new Date()): Promise<void> {
	// Unsafe: settling is the system's act at the deadline, and must see every position.
	return unsafeWithSystem(db, async (tx) => {
		await lockDecision(tx, id);
		const decision = await findDecisionById(tx, id);
		if (!decision || decision.status !== 'open' || decision.deadline > now) return;
		const events = await listDecisionEventRows(tx, [id]);
		const status = decisionStatusAt(decision, events, now);
		if (status !== 'adopted' && status !== 'rejected') return;
		await updateDecision(tx, id, { status, outcomeAt: decision.deadline });
		await insertDecisionEvent(tx, { decisionId: id, kind: status, at: decision.deadline });
		if (status === 'adopted') await adoptionEffects.get(decision.kind)?.(tx, decision);
		await queueNotifications(tx, id, 'outcome');
		await appendAudit(tx, anonymousActor, {
			action: status,
			entityType: 'decision',
			entityId: id,
			networkId: decision.networkId,
			details: { kind: decision.kind, deadline: decision.deadline.toISOString() }
		});
	});
}

/** Settles every decision that is due; what the timer runs, and what list reads run first. */
export async function unsafeSettleDueDecisions(db: Database, now = new Date()): Promise<number> {
	const due = await listDueDecisionIds(db, now);
	for (const id of due) await unsafeSettleDecision(db, id, now);
	return due.length;
}

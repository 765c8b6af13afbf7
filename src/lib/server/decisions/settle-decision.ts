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
	insertDecisionEvent,
	listDecisionEventRows,
	listDueDecisionIds,
	lockDecision,
	queueNotifications,
	updateDecision,
	type DecisionRow
} from './repository';
import { recordDeclarationAdoption } from '../declarations/adopt-declaration';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';

/** What an adopted decision changes: one effect for each kind, in the settlement's transaction. */
async function applyAdoption(tx: Transaction, decision: DecisionRow): Promise<void> {
	switch (decision.kind) {
		case 'admit_observer':
			return admitObserver(tx, decision);
		case 'approve_calendar': {
			// The annual calendar of the year the decision names is approved, as by the decision.
			const year = calendarYearOf(decision.subjectNote);
			if (year === null) return;
			return recordCalendarApproval(
				tx,
				anonymousActor,
				decision.networkId,
				year,
				`decision:${decision.id}`
			);
		}
		case 'adopt_declaration':
			return recordDeclarationAdoption(tx, decision);
		case 'general':
			return;
	}
}

async function admitObserver(tx: Transaction, decision: DecisionRow): Promise<void> {
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
}

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
		if (status === 'adopted') await applyAdoption(tx, decision);
		await queueNotifications(tx, id, 'outcome');
		await enqueueWebhookEvent(tx, {
			networkId: decision.networkId,
			type: 'decision.settled',
			subject: { id }
		});
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

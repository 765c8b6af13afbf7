import { requireRead } from '../access/access';
import type { Transaction } from '../db/client';
import { ConflictError } from '../errors';
import type { Actor } from '../access/actor';
import { findDecision, lockDecision, type DecisionRow } from './repository';

/**
 * The decision, locked against concurrent changes, if the actor may see it (404 otherwise) and it
 * still accepts changes at `now` (409 otherwise).
 */
export async function requireOpenDecision(
	tx: Transaction,
	actor: Actor,
	networkId: string,
	id: string,
	now: Date,
	check: (decision: DecisionRow) => void
): Promise<DecisionRow> {
	const seen = await findDecision(tx, networkId, id);
	requireRead(actor, seen);
	check(seen!);
	await lockDecision(tx, id);
	// Read again under the lock: another change may have committed while this one waited.
	const decision = (await findDecision(tx, networkId, id))!;
	if (decision.status !== 'open') {
		throw new ConflictError('gov_err_decision_closed', 'The decision is no longer open');
	}
	if (now.getTime() >= decision.deadline.getTime()) {
		throw new ConflictError('gov_err_deadline_passed', 'The deadline has passed');
	}
	return decision;
}

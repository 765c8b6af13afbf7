import type { Queryable } from '../db/client';
import { decisionStatusFromTally, type DecisionStatus } from './decision-outcome';
import {
	findDecisionById,
	tallyPositions,
	type DecisionRow,
	type DeclarationRow
} from './repository';

export interface AdoptionState {
	status: DeclarationRow['status'];
	frozen: boolean;
	adoptedAt: Date | null;
	decision: { row: DecisionRow; status: DecisionStatus } | null;
}

/**
 * A declaration as it stands at `now`. Reads write nothing: when its adoption decision is past its
 * deadline and the job has not settled it yet, the outcome is derived, and an adopted text reads
 * as adopted and frozen already.
 */
export async function adoptionStates(
	q: Queryable,
	rows: readonly DeclarationRow[],
	now: Date
): Promise<Map<string, AdoptionState>> {
	const decisions = new Map<string, DecisionRow>();
	for (const row of rows) {
		if (!row.adoptionDecisionId) continue;
		const decision = await findDecisionById(q, row.adoptionDecisionId);
		if (decision) decisions.set(row.id, decision);
	}
	const due = [...decisions.values()].filter((d) => d.status === 'open' && d.deadline <= now);
	const tallies = await tallyPositions(
		q,
		due.map((d) => d.id)
	);
	const states = new Map<string, AdoptionState>();
	for (const row of rows) {
		const decision = decisions.get(row.id);
		const status = decision
			? decisionStatusFromTally(decision, tallies.get(decision.id), now)
			: null;
		const adoptedNow = row.status === 'drafting' && decision && status === 'adopted';
		states.set(row.id, {
			status: adoptedNow ? 'adopted' : row.status,
			frozen: row.frozen || Boolean(adoptedNow),
			adoptedAt: adoptedNow ? decision.deadline : row.adoptedAt,
			decision: decision && status ? { row: decision, status } : null
		});
	}
	return states;
}

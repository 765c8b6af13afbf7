import type { Queryable } from '../db/client';
import { decisionStatusFromTally, type DecisionStatus } from './decision-outcome';
import { findDecisionById, tallyPositions, type DecisionRow } from './repository';

/** A decision as another area sees it: the stored row and its status at a given moment. */
export interface DecisionState {
	row: DecisionRow;
	status: DecisionStatus;
}

/**
 * Decisions by id as they stand at `now`. Reads write nothing: a decision past its deadline that
 * the job has not settled yet has its outcome derived from the counts of the positions.
 */
export async function findDecisionStates(
	q: Queryable,
	ids: readonly string[],
	now: Date
): Promise<Map<string, DecisionState>> {
	const rows = new Map<string, DecisionRow>();
	for (const id of ids) {
		const row = await findDecisionById(q, id);
		if (row) rows.set(id, row);
	}
	const due = [...rows.values()].filter((d) => d.status === 'open' && d.deadline <= now);
	const tallies = await tallyPositions(
		q,
		due.map((d) => d.id)
	);
	const states = new Map<string, DecisionState>();
	for (const [id, row] of rows) {
		states.set(id, { row, status: decisionStatusFromTally(row, tallies.get(id), now) });
	}
	return states;
}

/** Whether the decision is still open as stored, whatever its deadline. */
export async function isDecisionOpen(q: Queryable, id: string): Promise<boolean> {
	return (await findDecisionById(q, id))?.status === 'open';
}

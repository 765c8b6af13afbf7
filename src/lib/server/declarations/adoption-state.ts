import type { Queryable } from '../db/client';
import { findDecisionStates, type DecisionState } from '../decisions/decision-states';
import { type DeclarationRow } from './repository';

export interface AdoptionState {
	status: DeclarationRow['status'];
	frozen: boolean;
	adoptedAt: Date | null;
	decision: DecisionState | null;
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
	const decisions = await findDecisionStates(
		q,
		rows.flatMap((row) => (row.adoptionDecisionId ? [row.adoptionDecisionId] : [])),
		now
	);
	const states = new Map<string, AdoptionState>();
	for (const row of rows) {
		const decision = row.adoptionDecisionId ? decisions.get(row.adoptionDecisionId) : undefined;
		const adoptedNow = row.status === 'drafting' && decision?.status === 'adopted';
		states.set(row.id, {
			status: adoptedNow ? 'adopted' : row.status,
			frozen: row.frozen || adoptedNow,
			adoptedAt: adoptedNow ? decision.row.deadline : row.adoptedAt,
			decision: decision ?? null
		});
	}
	return states;
}

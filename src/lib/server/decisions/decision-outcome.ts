export type Position = 'concur' | 'abstain' | 'object';
export type DecisionStatus = 'open' | 'adopted' | 'rejected' | 'withdrawn';

export interface OutcomeEvent {
	seq: number;
	kind: 'opened' | 'position' | 'extended' | 'withdrawn' | 'adopted' | 'rejected';
	participantId: string | null;
	position: Position | null;
	at: Date;
}

export interface OutcomeDecision {
	status: DecisionStatus;
	deadline: Date;
	eligible: readonly string[];
}

/** Each participant's last position taken before the deadline, in the order of the history. */
export function lastPositions<E extends OutcomeEvent>(
	events: readonly E[],
	deadline: Date,
	eligible: readonly string[]
): Map<string, E> {
	const last = new Map<string, E>();
	const sorted = [...events].sort((a, b) => a.seq - b.seq);
	for (const event of sorted) {
		if (event.kind !== 'position' || !event.participantId || !event.position) continue;
		if (event.at.getTime() >= deadline.getTime()) continue;
		if (!eligible.includes(event.participantId)) continue;
		last.set(event.participantId, event);
	}
	return last;
}

/**
 * The status of a decision at `now`, from its history alone. Once the deadline has passed the
 * silence is over: one eligible participant whose last position is an objection rejects it;
 * otherwise it is adopted, whether or not everyone answered.
 */
export function decisionStatusAt(
	decision: OutcomeDecision,
	events: readonly OutcomeEvent[],
	now: Date
): DecisionStatus {
	if (decision.status !== 'open') return decision.status;
	if (now.getTime() < decision.deadline.getTime()) return 'open';
	const last = lastPositions(events, decision.deadline, decision.eligible);
	for (const event of last.values()) if (event.position === 'object') return 'rejected';
	return 'adopted';
}

/**
 * The same status from the counts of the last positions alone, which every reader of the decision
 * may know even when the positions themselves are kept from them.
 */
export function decisionStatusFromTally(
	decision: OutcomeDecision,
	tally: { object: number } | undefined,
	now: Date
): DecisionStatus {
	if (decision.status !== 'open') return decision.status;
	if (now.getTime() < decision.deadline.getTime()) return 'open';
	return (tally?.object ?? 0) > 0 ? 'rejected' : 'adopted';
}

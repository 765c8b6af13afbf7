import type { CommitmentStatus, TransitionTarget } from './schemas';

/** Which side of a commitment takes each step: the requesting participant or the provider. */
type Side = 'requester' | 'provider';

const sideOf: Record<TransitionTarget, Side> = {
	accepted: 'requester',
	declined: 'requester',
	verified: 'requester',
	in_progress: 'provider',
	delivered: 'provider',
	withdrawn: 'provider'
};

/**
 * The steps a commitment may take from each status. The database refuses any other
 * (drizzle: exchange_rls, cooperation_commitment_step).
 */
const steps: Record<CommitmentStatus, readonly TransitionTarget[]> = {
	proposed: ['accepted', 'declined', 'withdrawn'],
	accepted: ['in_progress', 'withdrawn'],
	in_progress: ['delivered', 'withdrawn'],
	delivered: ['verified'],
	verified: [],
	declined: [],
	withdrawn: []
};

export function sideFor(to: TransitionTarget): Side {
	return sideOf[to];
}

export function canStep(from: CommitmentStatus, to: TransitionTarget): boolean {
	return steps[from].includes(to);
}

/** The steps open to one side from a status, in the order a page offers them. */
export function stepsFor(from: CommitmentStatus, side: Side): TransitionTarget[] {
	return steps[from].filter((to) => sideOf[to] === side);
}

/** Commitments that still count: not declined, not withdrawn. */
export const liveStatuses: readonly CommitmentStatus[] = [
	'proposed',
	'accepted',
	'in_progress',
	'delivered',
	'verified'
];

/** Commitments the requester has accepted, at any later stage: what covers a request. */
export const acceptedStatuses: readonly CommitmentStatus[] = [
	'accepted',
	'in_progress',
	'delivered',
	'verified'
];

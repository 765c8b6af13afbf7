import type { LocalizedText } from '../db/schema';
import { acceptedStatuses, liveStatuses } from './lifecycle';
import type { CommitmentStatus, RequestStatus, WarningView } from './schemas';

export interface CoverageRequest {
	id: string;
	ownerId: string;
	category: string;
	title: LocalizedText;
	quantity: number | null;
	unit: string | null;
	neededBy: string | null;
	/** The day the request was made (YYYY-MM-DD): where its window starts. */
	createdOn: string;
	closed: boolean;
}

export interface CoverageCommitment {
	requestId: string;
	providerCode: string;
	quantity: number | null;
	status: CommitmentStatus;
}

/** What a request asks: its quantity, or one unit of support when it names none. */
function askedOf(request: Pick<CoverageRequest, 'quantity'>): number {
	return request.quantity ?? 1;
}

/** A commitment without a quantity is for the whole request. */
function amountOf(
	commitment: Pick<CoverageCommitment, 'quantity'>,
	request: Pick<CoverageRequest, 'quantity'>
): number {
	return commitment.quantity ?? askedOf(request);
}

function sum(
	request: CoverageRequest,
	commitments: readonly CoverageCommitment[],
	statuses: readonly CommitmentStatus[]
): number {
	return commitments
		.filter((c) => c.requestId === request.id && statuses.includes(c.status))
		.reduce((total, c) => total + amountOf(c, request), 0);
}

/** What accepted commitments (at any later stage) cover. */
export function coveredOf(request: CoverageRequest, commitments: readonly CoverageCommitment[]) {
	return sum(request, commitments, acceptedStatuses);
}

/**
 * A request's status follows from its commitments: `fulfilled` once verified deliveries reach what
 * was asked, `covered` once accepted commitments do, `partly_covered` below that, `open` with none
 * accepted; `closed` when its participant closed it, whatever the commitments.
 */
export function deriveStatus(
	request: CoverageRequest,
	commitments: readonly CoverageCommitment[]
): RequestStatus {
	if (request.closed) return 'closed';
	const asked = askedOf(request);
	if (sum(request, commitments, ['verified']) >= asked) return 'fulfilled';
	const covered = coveredOf(request, commitments);
	if (covered >= asked) return 'covered';
	return covered > 0 ? 'partly_covered' : 'open';
}

const sameUnit = (a: string | null, b: string | null) =>
	(a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/** Windows run from the day a request was made to the day it is needed by (open-ended without). */
function windowsOverlap(a: CoverageRequest, b: CoverageRequest): boolean {
	const aEnd = a.neededBy ?? '9999-12-31';
	const bEnd = b.neededBy ?? '9999-12-31';
	return a.createdOn <= bEnd && b.createdOn <= aEnd;
}

/** Requests of the same participant and category whose windows overlap `request`'s, same unit. */
function overlappingRequests(
	request: CoverageRequest,
	candidates: readonly CoverageRequest[]
): CoverageRequest[] {
	return candidates.filter(
		(other) =>
			other.id !== request.id &&
			!other.closed &&
			other.ownerId === request.ownerId &&
			other.category === request.category &&
			sameUnit(other.unit, request.unit) &&
			windowsOverlap(request, other)
	);
}

/**
 * The duplicate-support warnings of a request: commitments proposed or accepted for it exceed
 * what it asked; or, together with those for overlapping requests of the same participant, they
 * exceed what it asked. Only the given (visible) records take part.
 */
export function duplicateSupportWarnings(
	request: CoverageRequest,
	related: readonly CoverageRequest[],
	commitments: readonly CoverageCommitment[]
): WarningView[] {
	const warnings: WarningView[] = [];
	const asked = askedOf(request);
	const live = (r: CoverageRequest) =>
		commitments.filter((c) => c.requestId === r.id && liveStatuses.includes(c.status));
	const committedTo = (r: CoverageRequest) => live(r).reduce((t, c) => t + amountOf(c, r), 0);
	const own = committedTo(request);
	const providers = (rs: CoverageRequest[]) =>
		[...new Set(rs.flatMap((r) => live(r).map((c) => c.providerCode)))].sort();
	if (own > asked) {
		warnings.push({
			kind: 'over_committed',
			requests: [{ id: request.id, title: request.title }],
			providers: providers([request]),
			asked,
			committed: own,
			unit: request.unit
		});
	}
	const others = overlappingRequests(request, related).filter((r) => live(r).length > 0);
	if (own > 0 && others.length > 0) {
		const committed = own + others.reduce((t, r) => t + committedTo(r), 0);
		if (committed > asked) {
			const group = [request, ...others];
			warnings.push({
				kind: 'overlapping_requests',
				requests: group.map((r) => ({ id: r.id, title: r.title })),
				providers: providers(group),
				asked,
				committed,
				unit: request.unit
			});
		}
	}
	return warnings;
}

import type { Actor } from '../access/actor';
import { appendAudit } from '../audit/append-audit';
import type { Transaction } from '../db/client';
import { listNominationRows, setNominationStatus } from './repository';
import { movesUp, type SeatOffers } from './seat-allocation';

/**
 * After a seat frees (a decline, a waitlisting, a larger offer), the earliest waitlisted
 * nominations that fit move up to nominated, awaiting the organiser's decision. Runs as the
 * organiser, who reads every nomination of its course. `keepWaiting` is the nomination the
 * organiser has just waitlisted: it does not bounce straight back into the seat it left.
 */
export async function moveUpWaitlisted(
	tx: Transaction,
	actor: Actor,
	course: { networkId: string; eventId: string; offers: SeatOffers },
	keepWaiting: string | null = null
): Promise<string[]> {
	const rows = (await listNominationRows(tx, course.eventId)).map((r) => r.nomination);
	const holdings = new Map<string, number>();
	for (const n of rows) {
		if (n.status === 'nominated' || n.status === 'accepted') {
			holdings.set(n.ownerId, (holdings.get(n.ownerId) ?? 0) + 1);
		}
	}
	const waiting = rows
		.filter((n) => n.status === 'waitlisted' && n.id !== keepWaiting)
		.sort(
			(a, b) =>
				(a.waitlistedAt?.getTime() ?? 0) - (b.waitlistedAt?.getTime() ?? 0) ||
				a.createdAt.getTime() - b.createdAt.getTime()
		)
		.map((n) => ({ id: n.id, participantId: n.ownerId }));
	const moved = movesUp(course.offers, holdings, waiting);
	if (moved.length > 0) {
		await setNominationStatus(tx, moved, { status: 'nominated', waitlistedAt: null });
		await appendAudit(tx, actor, {
			action: 'update',
			entityType: 'training_nomination',
			networkId: course.networkId,
			details: { eventId: course.eventId, movedUp: moved }
		});
	}
	return moved;
}

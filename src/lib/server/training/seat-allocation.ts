/**
 * How a course's seats are shared. Seats named for a participant are its own; the seats offered
 * to any are one pool, taken by whoever holds more nominees than its named seats. A nomination
 * holds a seat while it is nominated (awaiting the organiser) or accepted; a waitlisted one holds
 * none and moves up, earliest first, when a seat it could take frees.
 */
export interface SeatOffers {
	/** Seats named for a participant, by participant id. */
	named: ReadonlyMap<string, number>;
	/** Seats offered to any participant. */
	any: number;
}

/** Seats each participant's nominations hold, by participant id. */
export type Holdings = ReadonlyMap<string, number>;

/** Pool seats taken: what each participant holds beyond its named seats. */
export function poolHeld(offers: SeatOffers, holdings: Holdings): number {
	let taken = 0;
	for (const [participant, held] of holdings) {
		taken += Math.max(0, held - (offers.named.get(participant) ?? 0));
	}
	return taken;
}

/** Whether one more nomination of `participant` finds a seat: its own, or one from the pool. */
export function seatFreeFor(offers: SeatOffers, holdings: Holdings, participant: string): boolean {
	if ((holdings.get(participant) ?? 0) < (offers.named.get(participant) ?? 0)) return true;
	return poolHeld(offers, holdings) < offers.any;
}

/** Whether a participant has been offered seats at all, named or through the pool. */
export function isOffered(offers: SeatOffers, participant: string): boolean {
	return offers.any > 0 || (offers.named.get(participant) ?? 0) > 0;
}

/** Whether every held seat still fits the offers (an organiser cannot offer fewer seats than are held). */
export function offersCover(offers: SeatOffers, holdings: Holdings): boolean {
	return poolHeld(offers, holdings) <= offers.any;
}

export interface WaitingNomination {
	id: string;
	participantId: string;
}

/**
 * The waitlisted nominations that move up into free seats, in waitlist order (the caller passes
 * them earliest first). Each one taken counts at once, so the pool is never overfilled.
 */
export function movesUp(
	offers: SeatOffers,
	holdings: Holdings,
	waiting: readonly WaitingNomination[]
): string[] {
	const held = new Map(holdings);
	const moved: string[] = [];
	for (const w of waiting) {
		if (!seatFreeFor(offers, held, w.participantId)) continue;
		held.set(w.participantId, (held.get(w.participantId) ?? 0) + 1);
		moved.push(w.id);
	}
	return moved;
}

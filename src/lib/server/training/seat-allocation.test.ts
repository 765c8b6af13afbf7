import { describe, expect, it } from 'vitest';
import { isOffered, movesUp, offersCover, poolHeld, seatFreeFor } from './seat-allocation';

const offers = (named: Record<string, number>, any: number) => ({
	named: new Map(Object.entries(named)),
	any
});
const held = (h: Record<string, number>) => new Map(Object.entries(h));

describe('seat allocation', () => {
	it('fills named seats before the shared pool', () => {
		const o = offers({ a: 2 }, 1);
		expect(poolHeld(o, held({ a: 2 }))).toBe(0);
		expect(poolHeld(o, held({ a: 3, b: 1 }))).toBe(2);
		expect(seatFreeFor(o, held({ a: 2 }), 'a')).toBe(true);
		expect(seatFreeFor(o, held({ a: 2, b: 1 }), 'a')).toBe(false);
		expect(seatFreeFor(o, held({ a: 1, b: 1 }), 'a')).toBe(true);
	});

	it('knows who was offered seats at all', () => {
		expect(isOffered(offers({ a: 1 }, 0), 'a')).toBe(true);
		expect(isOffered(offers({ a: 1 }, 0), 'b')).toBe(false);
		expect(isOffered(offers({}, 2), 'b')).toBe(true);
	});

	it('refuses offers that leave held seats without a place', () => {
		expect(offersCover(offers({ a: 1 }, 1), held({ a: 2 }))).toBe(true);
		expect(offersCover(offers({ a: 1 }, 0), held({ a: 2 }))).toBe(false);
	});

	it('moves the earliest waitlisted up into free seats, counting each move', () => {
		const o = offers({ b: 1 }, 1);
		const waiting = [
			{ id: 'a1', participantId: 'a' },
			{ id: 'a2', participantId: 'a' },
			{ id: 'b1', participantId: 'b' }
		];
		expect(movesUp(o, held({}), waiting)).toEqual(['a1', 'b1']);
		expect(movesUp(o, held({ b: 1 }), waiting)).toEqual(['a1']);
		expect(movesUp(o, held({ a: 1, b: 1 }), waiting)).toEqual([]);
	});
});

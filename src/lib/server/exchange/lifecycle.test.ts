import { describe, expect, it } from 'vitest';
import { canStep, sideFor, stepsFor } from './lifecycle';

describe('commitment lifecycle', () => {
	it('goes proposed, accepted, in progress, delivered, verified, each step by its side', () => {
		const path = [
			['proposed', 'accepted', 'requester'],
			['accepted', 'in_progress', 'provider'],
			['in_progress', 'delivered', 'provider'],
			['delivered', 'verified', 'requester']
		] as const;
		for (const [from, to, side] of path) {
			expect(canStep(from, to)).toBe(true);
			expect(sideFor(to)).toBe(side);
		}
	});

	it('lets the requester decline a proposal and the provider withdraw until delivery', () => {
		expect(stepsFor('proposed', 'requester')).toEqual(['accepted', 'declined']);
		expect(stepsFor('proposed', 'provider')).toEqual(['withdrawn']);
		expect(stepsFor('in_progress', 'provider')).toEqual(['delivered', 'withdrawn']);
		expect(canStep('delivered', 'withdrawn')).toBe(false);
		expect(canStep('accepted', 'declined')).toBe(false);
	});

	it('ends at verified, declined and withdrawn', () => {
		for (const end of ['verified', 'declined', 'withdrawn'] as const) {
			expect(stepsFor(end, 'requester')).toEqual([]);
			expect(stepsFor(end, 'provider')).toEqual([]);
		}
	});
});

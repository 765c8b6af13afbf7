import { describe, expect, it } from 'vitest';
import { nextAttemptAt, retryWindowMs } from './retry-schedule';

describe('webhook retry schedule', () => {
	const created = new Date('2026-05-01T00:00:00Z');

	it('waits longer after each failure, up to the end of the day, then gives up', () => {
		let now = created;
		const waits: number[] = [];
		for (let attempts = 1; ; attempts++) {
			const next = nextAttemptAt(created, attempts, now);
			if (!next) break;
			waits.push(next.getTime() - now.getTime());
			now = next;
		}
		expect(waits.slice(0, 4)).toEqual([60_000, 180_000, 540_000, 1_620_000]);
		for (let i = 1; i < waits.length - 1; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1]!);
		// The last try falls exactly at the end of the window.
		expect(now.getTime()).toBe(created.getTime() + retryWindowMs);
		expect(waits.length).toBeLessThan(12);
	});

	it('gives up on a delivery first tried after its window', () => {
		expect(nextAttemptAt(created, 1, new Date(created.getTime() + retryWindowMs + 1))).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor';
import { collapseRepeats } from './read-audit';

const actor = (userId: string): Actor => ({
	userId,
	email: `${userId}@example.test`,
	isAdmin: false,
	participant: null,
	role: null
});

describe('collapseRepeats', () => {
	it('records a repeated read once with how many times, and keeps distinct reads apart', () => {
		const list = { action: 'list', entityType: 'document', details: { ids: ['d1', 'd2'] } };
		const reads = [
			{ actor: actor('a'), event: list },
			{ actor: actor('b'), event: list },
			{ actor: actor('a'), event: list },
			{ actor: actor('a'), event: { ...list, details: { ids: ['d3'] } } },
			{ actor: actor('a'), event: list }
		];
		expect(collapseRepeats(reads).map((r) => [r.actor.userId, r.event.details])).toEqual([
			['a', { ids: ['d1', 'd2'], times: 3 }],
			['b', { ids: ['d1', 'd2'] }],
			['a', { ids: ['d3'] }]
		]);
	});
});

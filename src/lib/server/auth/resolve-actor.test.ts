import { describe, expect, it } from 'vitest';
import { anonymousActor } from '../access/actor';
import { SessionMemo } from './resolve-actor';

const resolution = (validUntil: Date | null) => ({
	session: {
		actor: anonymousActor,
		user: null,
		pendingSecondFactor: false,
		sessionHash: 'h',
		validUntil
	},
	apiToken: null
});

describe('SessionMemo', () => {
	const now = new Date('2026-11-23T12:00:00Z');
	const later = new Date('2026-11-23T13:00:00Z');

	it('answers until the database changes', () => {
		const feed = { version: 3, live: true };
		const memo = new SessionMemo(feed);
		memo.set('session:h', 3, resolution(later));
		expect(memo.get('session:h', now)).toBeDefined();
		feed.version = 4;
		expect(memo.get('session:h', now)).toBeUndefined();
	});

	it('forgets a session at its expiry even when nothing changed', () => {
		const memo = new SessionMemo({ version: 1, live: true });
		memo.set('session:h', 1, resolution(now));
		expect(memo.get('session:h', now)).toBeUndefined();
	});

	it('keeps nothing looked up before a change, nor while the database cannot be heard', () => {
		const feed = { version: 2, live: true };
		const memo = new SessionMemo(feed);
		memo.set('session:h', 1, resolution(later));
		expect(memo.get('session:h', now)).toBeUndefined();
		feed.live = false;
		memo.set('session:h', 2, resolution(later));
		feed.live = true;
		expect(memo.get('session:h', now)).toBeUndefined();
	});
});

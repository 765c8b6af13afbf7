import { describe, expect, it } from 'vitest';
import { canRead, canWriteAs, canManagePeopleOf } from './access';
import { releasabilityLevels } from '$lib/releasability/levels';
import type { Actor } from './actor';
import { anonymousActor } from './actor';

const network = 'net-1';
const actor = (
	id: string,
	status: 'member' | 'observer' | 'partner',
	role: Actor['role'] = 'editor',
	networkId = network
): Actor => ({
	userId: `user-${id}`,
	email: null,
	isAdmin: false,
	participant: { id, code: id.toUpperCase(), networkId, status },
	role
});
const record = (level: (typeof releasabilityLevels)[number], releasedTo: string[] = []) => ({
	networkId: network,
	ownerId: 'a',
	level,
	releasedTo
});

describe('canRead', () => {
	it('lets the owner read every level', () => {
		for (const level of releasabilityLevels)
			expect(canRead(actor('a', 'member'), record(level))).toBe(true);
	});

	it('follows the ladder of levels for others', () => {
		const b = actor('b', 'member');
		const obs = actor('o', 'observer');
		const partner = actor('p', 'partner');
		const table = releasabilityLevels.map((level) => [
			level,
			canRead(b, record(level)),
			canRead(obs, record(level)),
			canRead(partner, record(level)),
			canRead(anonymousActor, record(level))
		]);
		expect(table).toEqual([
			['owner', false, false, false, false],
			['named', false, false, false, false],
			['members', true, false, false, false],
			['members_and_observers', true, true, false, false],
			['network', true, true, true, false],
			['public', true, true, true, true]
		]);
	});

	it('reads a named record only when listed', () => {
		expect(canRead(actor('c', 'observer'), record('named', ['c']))).toBe(true);
		expect(canRead(actor('d', 'member'), record('named', ['c']))).toBe(false);
	});

	it('never lets another network read more than public', () => {
		const outsider = actor('b', 'member', 'editor', 'net-2');
		expect(canRead(outsider, record('network'))).toBe(false);
		expect(canRead(outsider, record('public'))).toBe(true);
	});

	it('gives administrators no reading rights beyond public', () => {
		const admin: Actor = { ...anonymousActor, userId: 'admin', isAdmin: true };
		expect(canRead(admin, record('network'))).toBe(false);
		expect(canRead(admin, record('public'))).toBe(true);
	});
});

describe('canWriteAs and canManagePeopleOf', () => {
	it('lets editors and focal points write for their own participant only', () => {
		expect(canWriteAs(actor('a', 'member', 'editor'), network, 'a')).toBe(true);
		expect(canWriteAs(actor('a', 'member', 'focal_point'), network, 'a')).toBe(true);
		expect(canWriteAs(actor('a', 'member', 'viewer'), network, 'a')).toBe(false);
		expect(canWriteAs(actor('b', 'member', 'focal_point'), network, 'a')).toBe(false);
		expect(canWriteAs(anonymousActor, network, 'a')).toBe(false);
	});

	it('lets focal points manage their own participant’s people', () => {
		expect(canManagePeopleOf(actor('a', 'member', 'focal_point'), 'a')).toBe(true);
		expect(canManagePeopleOf(actor('a', 'member', 'editor'), 'a')).toBe(false);
		expect(canManagePeopleOf(actor('b', 'member', 'focal_point'), 'a')).toBe(false);
	});
});

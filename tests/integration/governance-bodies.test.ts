import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { getGovernance } from '../../src/lib/server/presidency/get-governance';
import { getDecisionPolicies } from '../../src/lib/server/decisions/get-decision-policies';
import { recordHandover } from '../../src/lib/server/presidency/record-handover';
import { removeBodyMember, saveBodyMember } from '../../src/lib/server/presidency/save-body-member';
import { unsafeSeedGovernance } from '../../src/lib/server/presidency/seed-governance';
import { unsafeSeedNetwork } from '../../src/lib/server/registry/seed-network';
import { anonymousActor } from '../../src/lib/server/access/actor';
import { openTestDatabase, testDbKind } from './support/test-db';
import { statusOf } from './support/people';
import { governanceNetwork } from './support/governance';

describe(`Presidency terms and bodies on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let g: Awaited<ReturnType<typeof governanceNetwork>>;

	beforeAll(async () => {
		handle = await openTestDatabase();
		g = await governanceNetwork(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('seeds the Secretariat, the Technical Working Group with ALCOPAZ, and the handovers, once', async () => {
		await unsafeSeedNetwork(handle.db);
		await unsafeSeedGovernance(handle.db);
		await unsafeSeedGovernance(handle.db);
		const view = await getGovernance({ db: handle.db, actor: anonymousActor }, 'relacopaz', 'en');
		expect(view.presidency?.code).toBe('PRY');
		expect(view.terms.map((t) => [t.code, t.handover?.fromCode ?? null])).toEqual([
			['PER', null],
			['ARG', 'PER'],
			['PRY', 'ARG']
		]);
		const group = view.bodies.find((b) => b.code === 'technical-working-group')!;
		const members = view.participants.filter((p) => p.status === 'member').map((p) => p.code);
		expect(group.members.map((m) => m.code).sort()).toEqual([...members, 'alcopaz'].sort());
		expect(view.bodies.find((b) => b.kind === 'secretariat')).toBeDefined();
	});

	it('records a handover: the term ends, the next starts, and the new Presidency holds the powers', async () => {
		const { a, pres } = g.participants;
		expect(
			await statusOf(
				recordHandover(g.aUser.ctx, g.network.slug, { toCode: a.code, on: '2024-01-01', note: '' })
			)
		).toBe(403);
		const sameDay = recordHandover(g.presUser.ctx, g.network.slug, {
			toCode: a.code,
			on: '2020-01-01',
			note: ''
		});
		expect(await statusOf(sameDay)).toBe(422);
		await recordHandover(g.presUser.ctx, g.network.slug, {
			toCode: a.code,
			on: '2024-01-01',
			note: 'At the III Conference'
		});
		const view = await getGovernance(g.aUser.ctx, g.network.slug, 'en');
		expect(view.presidency?.code).toBe(a.code);
		expect(view.terms).toEqual([
			expect.objectContaining({
				code: pres.code,
				startsOn: '2020-01-01',
				endsOn: '2023-12-31',
				current: false
			}),
			expect.objectContaining({
				code: a.code,
				startsOn: '2024-01-01',
				endsOn: null,
				current: true,
				handover: {
					fromCode: pres.code,
					fromName: pres.code,
					on: '2024-01-01',
					note: 'At the III Conference'
				}
			})
		]);
		expect(view.canManage).toBe(true);
		expect((await getGovernance(g.presUser.ctx, g.network.slug, 'en')).canManage).toBe(false);
		// Hand back, so the other tests of this file keep their Presidency.
		await recordHandover(g.aUser.ctx, g.network.slug, {
			toCode: pres.code,
			on: '2024-06-01',
			note: ''
		});
	});

	it('lets the Presidency manage the members of a body, one representative per participant', async () => {
		const { b, sec } = g.participants;
		const input = {
			participantCode: b.code,
			representativeName: 'Ana Pérez',
			representativeTitle: 'Coronel'
		};
		expect(await statusOf(saveBodyMember(g.bUser.ctx, g.network.slug, 'secretariat', input))).toBe(
			403
		);
		await saveBodyMember(g.presUser.ctx, g.network.slug, 'secretariat', input);
		await saveBodyMember(g.presUser.ctx, g.network.slug, 'secretariat', {
			...input,
			representativeTitle: 'General'
		});
		let secretariat = (await getGovernance(g.bUser.ctx, g.network.slug, 'en')).bodies[0]!;
		expect(secretariat.members.map((m) => [m.code, m.representativeTitle]).sort()).toEqual(
			[
				[b.code, 'General'],
				[sec.code, '']
			].sort()
		);
		// Now a member of the Secretariat, B may open decisions.
		expect((await getDecisionPolicies(g.bUser.ctx, g.network.slug)).open).toBe(true);
		expect(
			await statusOf(removeBodyMember(g.bUser.ctx, g.network.slug, 'secretariat', b.code))
		).toBe(403);
		await removeBodyMember(g.presUser.ctx, g.network.slug, 'secretariat', b.code);
		secretariat = (await getGovernance(g.bUser.ctx, g.network.slug, 'en')).bodies[0]!;
		expect(secretariat.members.map((m) => m.code)).toEqual([sec.code]);
		expect(
			await statusOf(saveBodyMember(g.presUser.ctx, g.network.slug, 'no-such-body', input))
		).toBe(404);
	});
});

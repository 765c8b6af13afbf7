import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { participants } from '../../src/lib/server/db/schema';
import { createPledge } from '../../src/lib/server/pledges/create-pledge';
import { getPledgeSummary } from '../../src/lib/server/pledges/get-pledge-summary';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';
import { levelThreeEvidence, pledgeInput, today } from './pledges-fixtures';

describe(`the regional summary of pledges on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(async () => {
		await handle?.close();
	});

	it('sums the personnel released to the reader by level and participant', async () => {
		const network = await newTestNetwork(handle.db);
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const obs = await network.newParticipant('observer');
		// Countries give the summary its UN column; no UN figures are imported in this database.
		await handle.db
			.update(participants)
			.set({ countryCode: 'ARG' })
			.where(eq(participants.id, a.id));
		const writerA = await network.newUser(a, { role: 'editor' });
		const writerB = await network.newUser(b, { role: 'editor' });
		const reader = await network.newUser(obs, { role: 'viewer' });
		await createPledge(
			writerA.ctx,
			network.slug,
			pledgeInput('members_and_observers', levelThreeEvidence),
			today
		);
		await createPledge(
			writerA.ctx,
			network.slug,
			pledgeInput('members_and_observers', { personnel: { female: 10, male: 90 } }),
			today
		);
		await createPledge(
			writerB.ctx,
			network.slug,
			pledgeInput('members', { personnel: { female: 60, male: 40 } }),
			today
		);

		const full = await getPledgeSummary(writerB.ctx, network.slug, 'en');
		expect(full.totals).toMatchObject({ pledges: 3, female: 100, male: 500, total: 600 });
		expect(full.byLevel.map((l) => [l.level, l.total])).toEqual([
			['level_1', 200],
			['level_2', 0],
			['level_3', 400],
			['rapid_deployment', 0]
		]);
		expect(full.byParticipant.map((p) => [p.code, p.total, p.un])).toEqual(
			[
				[a.code, 500, null],
				[b.code, 100, null]
			].sort((x, y) => String(x[0]).localeCompare(String(y[0]), 'en'))
		);
		expect(full.unMonth).toBeNull();

		const partial = await getPledgeSummary(reader.ctx, network.slug, 'en');
		expect(partial.totals).toMatchObject({ pledges: 2, total: 500, femaleShare: 40 / 500 });
		expect(partial.byParticipant.map((p) => p.code)).toEqual([a.code]);

		const none = await getPledgeSummary(network.anonymous, network.slug, 'en');
		expect(none.totals.pledges).toBe(0);
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { presidencyTerms } from '../../src/lib/server/db/schema';
import { exportOwnParticipant } from '../../src/lib/server/export/export-own-participant';
import { attachPledge } from '../../src/lib/server/pledges/attach-pledge';
import { createContingent } from '../../src/lib/server/pledges/create-contingent';
import { createPledge } from '../../src/lib/server/pledges/create-pledge';
import { publishCapabilityGap } from '../../src/lib/server/pledges/publish-capability-gap';
import { updatePledge } from '../../src/lib/server/pledges/update-pledge';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';
import { pledgeInput, today } from './pledges-fixtures';

describe(`a participant's export of its pledges on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(async () => {
		await handle?.close();
	});

	it('holds its pledges with every version, the contingents it leads, its contributions and gaps', async () => {
		const network = await newTestNetwork(handle.db);
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		await handle.db
			.insert(presidencyTerms)
			.values({ networkId: network.id, participantId: a.id, startsOn: '2000-01-01' });
		const focalA = await network.newUser(a, { role: 'focal_point' });
		const focalB = await network.newUser(b, { role: 'focal_point' });
		const own = await createPledge(focalA.ctx, network.slug, pledgeInput('owner'), today);
		await updatePledge(focalA.ctx, network.slug, own.id, { notes: 'Rotation in May' }, today);
		await createPledge(focalB.ctx, network.slug, pledgeInput('members'), today);
		const ofB = await createPledge(focalB.ctx, network.slug, pledgeInput('members'), today);
		const led = await createContingent(focalA.ctx, network.slug, {
			title: { es: 'Contingente binacional' },
			releasability: { level: 'members' }
		});
		await attachPledge(focalA.ctx, network.slug, led.id, own.id);
		await attachPledge(focalB.ctx, network.slug, led.id, ofB.id);
		await publishCapabilityGap(focalA.ctx, network.slug, {
			unitType: 'level_2_hospital',
			minimumLevel: 'level_2',
			quantity: 1,
			title: { en: 'Level-2 hospital' },
			releasability: { level: 'network' }
		});

		const data = await exportOwnParticipant(focalA.ctx, network.slug, a.code);
		const pledges = data.pledges as {
			id: string;
			notes: string;
			versions: { version: number }[];
		}[];
		expect(pledges.map((p) => p.id)).toEqual([own.id]);
		expect(pledges[0]!.notes).toBe('Rotation in May');
		expect(pledges[0]!.versions.map((v) => v.version)).toEqual([1, 2]);
		expect((data.combinedContingents as { id: string }[]).map((c) => c.id)).toEqual([led.id]);
		expect((data.contingentContributions as { pledgeId: string }[]).map((c) => c.pledgeId)).toEqual(
			[own.id]
		);
		expect((data.capabilityGaps as { unitType: string }[]).map((g) => g.unitType)).toEqual([
			'level_2_hospital'
		]);

		const ofOther = await exportOwnParticipant(focalB.ctx, network.slug, b.code);
		expect((ofOther.pledges as unknown[]).length).toBe(2);
		expect(ofOther.combinedContingents).toEqual([]);
		expect(
			(ofOther.contingentContributions as { pledgeId: string }[]).map((c) => c.pledgeId)
		).toEqual([ofB.id]);
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { pledges } from '../../src/lib/server/db/schema';
import { createPledge } from '../../src/lib/server/pledges/create-pledge';
import { getPledge } from '../../src/lib/server/pledges/get-pledge';
import { listPledges } from '../../src/lib/server/pledges/list-pledges';
import { listPledgeVersions } from '../../src/lib/server/pledges/list-pledge-versions';
import { updatePledge } from '../../src/lib/server/pledges/update-pledge';
import { deletePledge } from '../../src/lib/server/pledges/delete-pledge';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';
import { levelThreeEvidence, pledgeInput, today } from './pledges-fixtures';

async function refusal(work: Promise<unknown>) {
	try {
		await work;
	} catch (error) {
		return error as { status: number; messageKey: string; fieldErrors: { path: string }[] };
	}
	throw new Error('expected a refusal');
}

describe(`pledges: readiness rules and versions on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let editorA: Awaited<ReturnType<typeof network.newUser>>;
	let focalA: Awaited<ReturnType<typeof network.newUser>>;
	let focalB: Awaited<ReturnType<typeof network.newUser>>;
	let observer: Awaited<ReturnType<typeof network.newUser>>;

	beforeAll(async () => {
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const obs = await network.newParticipant('observer');
		editorA = await network.newUser(a, { role: 'editor' });
		focalA = await network.newUser(a, { role: 'focal_point' });
		focalB = await network.newUser(b, { role: 'focal_point' });
		observer = await network.newUser(obs, { role: 'focal_point' });
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('refuses Level 2 without an assessment visit, naming it, and saves nothing', async () => {
		const before = await handle.db.select().from(pledges).where(eq(pledges.networkId, network.id));
		const error = await refusal(
			createPledge(
				editorA.ctx,
				network.slug,
				pledgeInput('members', { readinessLevel: 'level_2' }),
				today
			)
		);
		expect(error.status).toBe(422);
		expect(error.messageKey).toBe('pledge_err_readiness_refused');
		expect(error.fieldErrors.map((e) => e.path)).toEqual(['assessmentVisitOn']);
		const after = await handle.db.select().from(pledges).where(eq(pledges.networkId, network.id));
		expect(after.length).toBe(before.length);
	});

	it('refuses Level 3 without the annexes and RDL without a verification visit and window', async () => {
		const level3 = await refusal(
			createPledge(
				editorA.ctx,
				network.slug,
				pledgeInput('members', { readinessLevel: 'level_3', assessmentVisitOn: '2025-10-01' }),
				today
			)
		);
		expect(level3.fieldErrors.map((e) => e.path)).toEqual([
			'personnel',
			'equipment',
			'selfSustainment'
		]);
		const rdl = await refusal(
			createPledge(
				editorA.ctx,
				network.slug,
				pledgeInput('members', { ...levelThreeEvidence, readinessLevel: 'rapid_deployment' }),
				today
			)
		);
		expect(rdl.fieldErrors.map((e) => e.path)).toEqual(['verificationVisitOn', 'availableFrom']);
		const { id } = await createPledge(
			editorA.ctx,
			network.slug,
			pledgeInput('members', {
				...levelThreeEvidence,
				readinessLevel: 'rapid_deployment',
				verificationVisitOn: '2026-01-15',
				availableFrom: '2026-04-15'
			}),
			today
		);
		expect((await getPledge(focalB.ctx, network.slug, id)).readinessLevel).toBe('rapid_deployment');
	});

	it('judges a change on the pledge as it will be', async () => {
		const { id } = await createPledge(
			editorA.ctx,
			network.slug,
			pledgeInput('members', levelThreeEvidence),
			today
		);
		const error = await refusal(
			updatePledge(editorA.ctx, network.slug, id, { equipment: [] }, today)
		);
		expect(error.fieldErrors.map((e) => e.path)).toEqual(['equipment']);
		const lowered = await updatePledge(
			editorA.ctx,
			network.slug,
			id,
			{ equipment: [], readinessLevel: 'level_2' },
			today
		);
		expect(lowered.version).toBe(2);
	});

	it('keeps every version: who, when and which fields, for the owner’s users only', async () => {
		const { id } = await createPledge(editorA.ctx, network.slug, pledgeInput('members'), today);
		await updatePledge(editorA.ctx, network.slug, id, { notes: 'Ready after rotation' }, today);
		// A change that alters nothing is not a version.
		await updatePledge(focalA.ctx, network.slug, id, { notes: 'Ready after rotation' }, today);
		await updatePledge(
			focalA.ctx,
			network.slug,
			id,
			{ releasability: { level: 'members_and_observers' }, personnel: { female: 5, male: 40 } },
			today
		);
		const versions = await listPledgeVersions(focalA.ctx, network.slug, id);
		expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
		expect(versions.map((v) => v.changes)).toEqual([
			['female', 'male', 'releasability'],
			['notes'],
			[]
		]);
		expect(versions.map((v) => v.changedBy)).toEqual([focalA.email, editorA.email, editorA.email]);
		expect(versions[0]!.content).toMatchObject({
			personnel: { female: 5, male: 40 },
			releasability: { level: 'members_and_observers' }
		});
		expect((await getPledge(observer.ctx, network.slug, id)).version).toBe(3);
		await expect(listPledgeVersions(focalB.ctx, network.slug, id)).rejects.toMatchObject({
			status: 403
		});
		const hidden = await createPledge(editorA.ctx, network.slug, pledgeInput('owner'), today);
		await expect(listPledgeVersions(focalB.ctx, network.slug, hidden.id)).rejects.toMatchObject({
			status: 404
		});
	});

	it('lets only the owner change or withdraw a pledge: 404 when hidden, 403 when visible', async () => {
		const visible = await createPledge(editorA.ctx, network.slug, pledgeInput('members'), today);
		const hidden = await createPledge(editorA.ctx, network.slug, pledgeInput('owner'), today);
		await expect(
			updatePledge(focalB.ctx, network.slug, visible.id, { notes: 'x' }, today)
		).rejects.toMatchObject({ status: 403 });
		await expect(
			updatePledge(focalB.ctx, network.slug, hidden.id, { notes: 'x' }, today)
		).rejects.toMatchObject({ status: 404 });
		await expect(deletePledge(focalB.ctx, network.slug, visible.id)).rejects.toMatchObject({
			status: 403
		});
		await expect(deletePledge(focalB.ctx, network.slug, hidden.id)).rejects.toMatchObject({
			status: 404
		});
		await deletePledge(focalA.ctx, network.slug, visible.id);
		await expect(getPledge(focalA.ctx, network.slug, visible.id)).rejects.toMatchObject({
			status: 404
		});
	});

	it('lists by unit type, level and participant, and only what is released to the reader', async () => {
		const own = await newTestNetwork(handle.db);
		const a = await own.newParticipant('member');
		const b = await own.newParticipant('member');
		const obs = await own.newParticipant('observer');
		const writerA = await own.newUser(a, { role: 'editor' });
		const writerB = await own.newUser(b, { role: 'editor' });
		const reader = await own.newUser(obs, { role: 'viewer' });
		await createPledge(writerA.ctx, own.slug, pledgeInput('members_and_observers'), today);
		await createPledge(
			writerA.ctx,
			own.slug,
			pledgeInput('members', { unitType: 'engineer_company', ...levelThreeEvidence }),
			today
		);
		await createPledge(
			writerB.ctx,
			own.slug,
			pledgeInput('members_and_observers', { unitType: 'engineer_company' }),
			today
		);
		const all = { limit: 50, offset: 0 };
		expect((await listPledges(writerB.ctx, own.slug, all)).total).toBe(3);
		expect((await listPledges(reader.ctx, own.slug, all)).total).toBe(2);
		const engineers = await listPledges(writerB.ctx, own.slug, {
			...all,
			unitType: 'engineer_company'
		});
		expect(engineers.items.map((p) => p.participant).sort()).toEqual([a.code, b.code].sort());
		const level3 = await listPledges(writerB.ctx, own.slug, { ...all, readinessLevel: 'level_3' });
		expect(level3.items.map((p) => p.participant)).toEqual([a.code]);
		const ofB = await listPledges(reader.ctx, own.slug, { ...all, participant: b.code });
		expect(ofB.items.map((p) => p.participant)).toEqual([b.code]);
		expect((await listPledges(own.anonymous, own.slug, all)).total).toBe(0);
	});

	it('refuses a pledge from a viewer, an administrator without a participant and the public', async () => {
		const viewer = await network.newUser(await network.newParticipant('member'), {
			role: 'viewer'
		});
		const admin = await network.newUser(null, { admin: true });
		for (const ctx of [viewer.ctx, admin.ctx]) {
			await expect(
				createPledge(ctx, network.slug, pledgeInput('members'), today)
			).rejects.toMatchObject({ status: 403 });
		}
		await expect(
			createPledge(network.anonymous, network.slug, pledgeInput('members'), today)
		).rejects.toMatchObject({ status: 401 });
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { contingentContributions, presidencyTerms } from '../../src/lib/server/db/schema';
import { withActor } from '../../src/lib/server/db/with-actor';
import { attachPledge } from '../../src/lib/server/pledges/attach-pledge';
import { createContingent } from '../../src/lib/server/pledges/create-contingent';
import { createPledge } from '../../src/lib/server/pledges/create-pledge';
import { getContingent } from '../../src/lib/server/pledges/get-contingent';
import { listContingents } from '../../src/lib/server/pledges/list-contingents';
import { listCapabilityGaps } from '../../src/lib/server/pledges/list-capability-gaps';
import { publishCapabilityGap } from '../../src/lib/server/pledges/publish-capability-gap';
import { updatePledge } from '../../src/lib/server/pledges/update-pledge';
import { withdrawPledge } from '../../src/lib/server/pledges/withdraw-pledge';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';
import { levelThreeEvidence, pledgeInput, today } from './pledges-fixtures';

describe(`combined contingents on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	type User = Awaited<ReturnType<typeof network.newUser>>;
	let leadA: User;
	let memberB: User;
	let memberC: User;
	let observer: User;
	let codes: { a: string; b: string };

	beforeAll(async () => {
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const c = await network.newParticipant('member');
		const obs = await network.newParticipant('observer');
		codes = { a: a.code, b: b.code };
		leadA = await network.newUser(a, { role: 'editor' });
		memberB = await network.newUser(b, { role: 'focal_point' });
		memberC = await network.newUser(c, { role: 'focal_point' });
		observer = await network.newUser(obs, { role: 'viewer' });
	});

	afterAll(async () => {
		await handle?.close();
	});

	/** A contingent led by A with A's pledge (seen by observers) and B's (members only). */
	async function twoNationContingent() {
		const { id } = await createContingent(leadA.ctx, network.slug, {
			title: { es: 'Batallón binacional', en: 'Binational battalion' },
			template: 'infantry_battalion',
			releasability: { level: 'members_and_observers' }
		});
		const pledgeA = await createPledge(
			leadA.ctx,
			network.slug,
			pledgeInput('members_and_observers', levelThreeEvidence),
			today
		);
		const pledgeB = await createPledge(
			memberB.ctx,
			network.slug,
			pledgeInput('members', {
				readinessLevel: 'level_2',
				assessmentVisitOn: '2025-06-01',
				personnel: { female: 57, male: 251 }
			}),
			today
		);
		await attachPledge(leadA.ctx, network.slug, id, pledgeA.id);
		await attachPledge(memberB.ctx, network.slug, id, pledgeB.id);
		return { id, pledgeA: pledgeA.id, pledgeB: pledgeB.id };
	}

	it('sums the contributions, gives the women’s share, the lowest level and the gaps', async () => {
		const { id } = await twoNationContingent();
		const seen = await getContingent(memberB.ctx, network.slug, id);
		expect(seen.lead).toBe(codes.a);
		expect(seen.personnel).toEqual({ female: 87, male: 621, total: 708 });
		expect(seen.femaleShare).toBeCloseTo(87 / 708);
		expect(seen.readinessLevel).toBe('level_2');
		expect(seen.withheld).toBe(0);
		expect(seen.contributions.map((c) => c.participant)).toEqual([codes.a, codes.b]);
		expect(seen.gaps).toEqual({
			minimumPersonnel: 850,
			missingPersonnel: 142,
			femaleShareTarget: 0.15,
			femaleShareMet: false
		});
	});

	it('withholds a contribution from a reader it is not released to, without its size', async () => {
		const { id, pledgeB } = await twoNationContingent();
		const seen = await getContingent(observer.ctx, network.slug, id);
		expect(seen.contributions.map((c) => c.participant)).toEqual([codes.a]);
		expect(seen.withheld).toBe(1);
		expect(seen.personnel).toEqual({ female: 30, male: 370, total: 400 });
		expect(seen.readinessLevel).toBe('level_3');
		const text = JSON.stringify(seen);
		expect(text).not.toContain(pledgeB);
		expect(text).not.toContain('251');
		expect(text).not.toContain(codes.b);
		const listed = (await listContingents(observer.ctx, network.slug)).find((c) => c.id === id);
		expect(listed).toMatchObject({ withheld: 1, personnel: { total: 400 } });
		// The database itself gives the observer only the contribution it may see.
		const rows = await withActor(handle.db, observer.ctx.actor, (tx) =>
			tx.select().from(contingentContributions).where(eq(contingentContributions.contingentId, id))
		);
		expect(rows.map((r) => r.pledgeId)).not.toContain(pledgeB);
		expect(rows.length).toBe(1);
	});

	it('withholds a contribution again as soon as its pledge is narrowed', async () => {
		const { id, pledgeA } = await twoNationContingent();
		await updatePledge(
			leadA.ctx,
			network.slug,
			pledgeA,
			{ releasability: { level: 'owner' } },
			today
		);
		const seen = await getContingent(memberB.ctx, network.slug, id);
		expect(seen.contributions.map((c) => c.participant)).toEqual([codes.b]);
		expect(seen.withheld).toBe(1);
		expect(seen.personnel.total).toBe(308);
	});

	it('hides a contingent from those it is not released to', async () => {
		const { id } = await createContingent(leadA.ctx, network.slug, {
			title: { en: 'Owner-only plan' },
			releasability: { level: 'owner' }
		});
		const pledge = await createPledge(memberB.ctx, network.slug, pledgeInput('members'), today);
		await expect(getContingent(memberB.ctx, network.slug, id)).rejects.toMatchObject({
			status: 404
		});
		await expect(attachPledge(memberB.ctx, network.slug, id, pledge.id)).rejects.toMatchObject({
			status: 404
		});
		expect((await listContingents(memberB.ctx, network.slug)).map((c) => c.id)).not.toContain(id);
	});

	it('lets only a pledge’s owner attach it: 404 if hidden, 403 if visible, 409 twice', async () => {
		const { id } = await createContingent(leadA.ctx, network.slug, {
			title: { en: 'Engineers' },
			releasability: { level: 'members' }
		});
		const visibleOfC = await createPledge(memberC.ctx, network.slug, pledgeInput('members'), today);
		const hiddenOfC = await createPledge(memberC.ctx, network.slug, pledgeInput('owner'), today);
		await expect(attachPledge(leadA.ctx, network.slug, id, visibleOfC.id)).rejects.toMatchObject({
			status: 403
		});
		await expect(attachPledge(leadA.ctx, network.slug, id, hiddenOfC.id)).rejects.toMatchObject({
			status: 404
		});
		await expect(attachPledge(observer.ctx, network.slug, id, visibleOfC.id)).rejects.toMatchObject(
			{ status: 404 }
		);
		await attachPledge(memberC.ctx, network.slug, id, hiddenOfC.id);
		await expect(attachPledge(memberC.ctx, network.slug, id, hiddenOfC.id)).rejects.toMatchObject({
			status: 409
		});
		const seenByLead = await getContingent(leadA.ctx, network.slug, id);
		expect(seenByLead).toMatchObject({ withheld: 1, contributions: [] });
		// The database refuses a forged contribution in another participant's name.
		await expect(
			withActor(handle.db, leadA.ctx.actor, (tx) =>
				tx.insert(contingentContributions).values({
					contingentId: id,
					pledgeId: visibleOfC.id,
					networkId: network.id,
					ownerId: leadA.ctx.actor.participant!.id
				})
			)
		).rejects.toThrow();
	});

	it('lets only a pledge’s owner withdraw it from a contingent', async () => {
		const { id, pledgeB } = await twoNationContingent();
		await expect(withdrawPledge(leadA.ctx, network.slug, id, pledgeB)).rejects.toMatchObject({
			status: 403
		});
		await expect(withdrawPledge(observer.ctx, network.slug, id, pledgeB)).rejects.toMatchObject({
			status: 404
		});
		await withdrawPledge(memberB.ctx, network.slug, id, pledgeB);
		const seen = await getContingent(memberB.ctx, network.slug, id);
		expect(seen.contributions.map((c) => c.participant)).toEqual([codes.a]);
		expect(seen.withheld).toBe(0);
		await expect(withdrawPledge(memberB.ctx, network.slug, id, pledgeB)).rejects.toMatchObject({
			status: 404
		});
	});

	it('lets the Presidency and partners publish capability gaps, matched to visible pledges', async () => {
		const own = await newTestNetwork(handle.db);
		const presidency = await own.newParticipant('member');
		const member = await own.newParticipant('member');
		const partner = await own.newParticipant('partner');
		const obs = await own.newParticipant('observer');
		await handle.db
			.insert(presidencyTerms)
			.values({ networkId: own.id, participantId: presidency.id, startsOn: '2000-01-01' });
		const presidencyUser = await own.newUser(presidency, { role: 'editor' });
		const memberUser = await own.newUser(member, { role: 'focal_point' });
		const partnerUser = await own.newUser(partner, { role: 'editor' });
		const observerUser = await own.newUser(obs, { role: 'viewer' });
		const gap = {
			unitType: 'engineer_company' as const,
			minimumLevel: 'level_2' as const,
			quantity: 2,
			title: { en: 'Engineer companies for UNMISS' },
			mission: 'unmiss',
			releasability: { level: 'network' as const }
		};
		await expect(publishCapabilityGap(memberUser.ctx, own.slug, gap)).rejects.toMatchObject({
			status: 403
		});
		const byPartner = await publishCapabilityGap(partnerUser.ctx, own.slug, gap);
		await publishCapabilityGap(presidencyUser.ctx, own.slug, {
			...gap,
			unitType: 'level_2_hospital',
			title: { en: 'Level-2 hospital' }
		});
		const ready = await createPledge(
			memberUser.ctx,
			own.slug,
			pledgeInput('members_and_observers', {
				unitType: 'engineer_company',
				readinessLevel: 'level_2',
				assessmentVisitOn: '2025-06-01'
			}),
			today
		);
		await createPledge(
			memberUser.ctx,
			own.slug,
			pledgeInput('members_and_observers', { unitType: 'engineer_company' }),
			today
		);
		const hidden = await createPledge(
			memberUser.ctx,
			own.slug,
			pledgeInput('members', {
				unitType: 'engineer_company',
				readinessLevel: 'level_2',
				assessmentVisitOn: '2025-06-01'
			}),
			today
		);
		const seenByMember = await listCapabilityGaps(memberUser.ctx, own.slug);
		expect(seenByMember.canPublish).toBe(false);
		const engineers = seenByMember.items.find((g) => g.id === byPartner.id)!;
		expect(engineers).toMatchObject({ publisher: partner.code, mission: 'UNMISS', quantity: 2 });
		expect(engineers.matches.map((m) => m.pledgeId).sort()).toEqual([ready.id, hidden.id].sort());
		const seenByObserver = await listCapabilityGaps(observerUser.ctx, own.slug);
		expect(
			seenByObserver.items.find((g) => g.id === byPartner.id)!.matches.map((m) => m.pledgeId)
		).toEqual([ready.id]);
		expect((await listCapabilityGaps(presidencyUser.ctx, own.slug)).canPublish).toBe(true);
		expect((await listCapabilityGaps(own.anonymous, own.slug)).items).toEqual([]);
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { annualCalendars, auditLog, decisionEvents } from '../../src/lib/server/db/schema';
import { withActor } from '../../src/lib/server/db/with-actor';
import { getDecision } from '../../src/lib/server/decisions/get-decision';
import { listDecisions } from '../../src/lib/server/decisions/list-decisions';
import { openDecision } from '../../src/lib/server/decisions/open-decision';
import { recordPosition } from '../../src/lib/server/decisions/record-position';
import { unsafeSettleDueDecisions } from '../../src/lib/server/decisions/settle-decision';
import { createDecisionSchema } from '../../src/lib/server/decisions/schemas';
import { parseInput } from '../../src/lib/server/api/validation';
import { decisionInput, governanceNetwork, hour } from './support/governance';
import { statusOf } from './support/people';
import { openTestDatabase, testDbKind } from './support/test-db';

describe(`decision effects and who sees positions on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let g: Awaited<ReturnType<typeof governanceNetwork>>;
	const t0 = new Date();
	const deadline = new Date(t0.getTime() + 24 * hour);
	const afterDeadline = new Date(t0.getTime() + 25 * hour);

	beforeAll(async () => {
		handle = await openTestDatabase();
		g = await governanceNetwork(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	const open = (overrides = {}) =>
		openDecision(g.presUser.ctx, g.network.slug, decisionInput(deadline, overrides), t0);
	const view = (ctx: typeof g.presUser.ctx, id: string, now = t0) =>
		getDecision(ctx, g.network.slug, id, 'en', now);
	const calendar = async (year: number) =>
		(
			await handle.db
				.select()
				.from(annualCalendars)
				.where(and(eq(annualCalendars.networkId, g.network.id), eq(annualCalendars.year, year)))
		)[0];

	it('approves the calendar when an approve_calendar decision is adopted, once', async () => {
		const { id } = await open({ kind: 'approve_calendar', subject: { note: '2031' } });
		await recordPosition(g.aUser.ctx, g.network.slug, id, { position: 'concur', comment: '' }, t0);
		expect(await calendar(2031)).toBeUndefined();
		// A read derives the outcome and writes nothing.
		expect((await view(g.aUser.ctx, id, afterDeadline)).status).toBe('adopted');
		expect(await calendar(2031)).toBeUndefined();
		await unsafeSettleDueDecisions(handle.db, afterDeadline);
		expect(await calendar(2031)).toMatchObject({
			status: 'approved',
			approvedVia: `decision:${id}`
		});
		await unsafeSettleDueDecisions(handle.db, afterDeadline);
		const approvals = await handle.db
			.select()
			.from(auditLog)
			.where(
				and(
					eq(auditLog.entityType, 'annual_calendar'),
					eq(auditLog.entityId, `${g.network.id}/2031`)
				)
			);
		expect(approvals).toHaveLength(1);
	});

	it('leaves the calendar a draft when the approval is rejected', async () => {
		const { id } = await open({ kind: 'approve_calendar', subject: { note: '2032' } });
		await recordPosition(
			g.bUser.ctx,
			g.network.slug,
			id,
			{ position: 'object', comment: 'No' },
			t0
		);
		await unsafeSettleDueDecisions(handle.db, afterDeadline);
		expect((await view(g.aUser.ctx, id, afterDeadline)).status).toBe('rejected');
		expect(await calendar(2032)).toBeUndefined();
	});

	it('needs the calendar year to open an approve_calendar decision', () => {
		const parse = () =>
			parseInput(createDecisionSchema, {
				...decisionInput(deadline),
				kind: 'approve_calendar',
				subject: { note: 'the calendar' }
			});
		expect(parse).toThrow();
	});

	it('keeps positions to the eligible signatories; others see the outcome and the counts', async () => {
		const code = `Q${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
		const { id } = await open({
			kind: 'admit_observer',
			subject: { candidate: { code, kind: 'country', name: { en: 'Candidate' } } }
		});
		await recordPosition(
			g.aUser.ctx,
			g.network.slug,
			id,
			{ position: 'object', comment: 'Not yet' },
			t0
		);
		await recordPosition(g.bUser.ctx, g.network.slug, id, { position: 'concur', comment: '' }, t0);
		const byObserver = await view(g.observerUser.ctx, id);
		expect(byObserver.positions).toEqual([]);
		expect(byObserver.history.some((e) => e.kind === 'position')).toBe(false);
		expect(byObserver.roster).toBeNull();
		expect(byObserver.counts).toEqual({ concur: 1, abstain: 0, object: 1, unanswered: 2 });
		expect(JSON.stringify(byObserver)).not.toContain('Not yet');
		// Partners and members that signed nothing are not signatories either.
		expect((await view(g.partnerUser.ctx, id)).positions).toEqual([]);
		expect((await view(g.unsignedUser.ctx, id)).positions).toEqual([]);
		// The database hides them too, even from a query that skips the code.
		const rows = await withActor(handle.db, g.observerUser.actor, (tx) =>
			tx.select().from(decisionEvents).where(eq(decisionEvents.decisionId, id))
		);
		expect(rows.filter((r) => r.kind === 'position')).toEqual([]);
		// An eligible signatory, a viewer of one included, sees every position.
		const byB = await view(g.bUser.ctx, id);
		expect(byB.positions.map((p) => [p.participant, p.position, p.comment])).toEqual(
			expect.arrayContaining([[g.participants.a.code, 'object', 'Not yet']])
		);
		expect((await view(g.aViewer.ctx, id)).positions).toHaveLength(2);
		// The outcome is the same for every reader, derived from the counts.
		expect((await view(g.observerUser.ctx, id, afterDeadline)).status).toBe('rejected');
		const listed = await listDecisions(g.observerUser.ctx, g.network.slug, 'en', afterDeadline);
		expect(listed.items.find((d) => d.id === id)?.status).toBe('rejected');
	});

	it('shows every reader the positions when the opener chose so', async () => {
		const { id } = await open({ positionsVisibility: 'everyone' });
		await recordPosition(
			g.aUser.ctx,
			g.network.slug,
			id,
			{ position: 'abstain', comment: 'Public' },
			t0
		);
		const byObserver = await view(g.observerUser.ctx, id);
		expect(byObserver.positions.map((p) => p.comment)).toEqual(['Public']);
		expect(byObserver.roster).not.toBeNull();
	});

	it('names who has answered and who has not, to those who may see the positions', async () => {
		const { id } = await open();
		await recordPosition(g.aUser.ctx, g.network.slug, id, { position: 'concur', comment: '' }, t0);
		const { pres, a, b, sec } = g.participants;
		const byPres = await view(g.presUser.ctx, id);
		expect(byPres.roster).toEqual(
			[pres, a, b, sec]
				.map((p) => ({
					participant: p.code,
					name: expect.any(String),
					answered: p === a,
					position: p === a ? 'concur' : null
				}))
				.sort((x, y) => x.participant.localeCompare(y.participant))
		);
		expect(byPres.roster!.every((r) => r.name.length > 0)).toBe(true);
		expect(byPres.counts.unanswered).toBe(3);
		expect((await view(g.bUser.ctx, id)).roster).toHaveLength(4);
		expect((await view(g.observerUser.ctx, id)).roster).toBeNull();
		expect(await statusOf(view(g.network.anonymous, id))).toBe(404);
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { auditLog, decisionEvents, participants } from '../../src/lib/server/db/schema';
import { withActor } from '../../src/lib/server/db/with-actor';
import { openDecision } from '../../src/lib/server/decisions/open-decision';
import { recordPosition } from '../../src/lib/server/decisions/record-position';
import { withdrawDecision } from '../../src/lib/server/decisions/withdraw-decision';
import { extendDecision } from '../../src/lib/server/decisions/extend-decision';
import { getDecision } from '../../src/lib/server/decisions/get-decision';
import { listDecisions } from '../../src/lib/server/decisions/list-decisions';
import { unsafeSettleDueDecisions } from '../../src/lib/server/decisions/settle-decision';
import { findDecisionById } from '../../src/lib/server/decisions/repository';
import { loadGovernanceFacts } from '../../src/lib/server/presidency/load-governance-facts';
import { createDecisionSchema } from '../../src/lib/server/decisions/schemas';
import { parseInput } from '../../src/lib/server/api/validation';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';
import { statusOf } from './support/people';
import { decisionInput, governanceNetwork, hour } from './support/governance';

describe(`decisions by silence procedure on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let g: Awaited<ReturnType<typeof governanceNetwork>>;
	const t0 = new Date();
	const deadline = new Date(t0.getTime() + 24 * hour);
	const beforeDeadline = new Date(t0.getTime() + 23 * hour);
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

	it('lets the Presidency open a decision whose eligible participants are the member signatories', async () => {
		const { id } = await open();
		const decision = await view(g.aUser.ctx, id);
		const { pres, a, b, sec } = g.participants;
		expect(decision.eligible).toEqual([pres.code, a.code, b.code, sec.code].sort());
		expect(decision).toMatchObject({
			kind: 'general',
			title: 'Approve the report',
			status: 'open',
			deadline: deadline.toISOString(),
			openedBy: pres.code,
			positions: []
		});
		expect(decision.history.map((e) => e.kind)).toEqual(['opened']);
		expect(decision.viewer.canTakePosition).toBe(true);
		expect(decision.viewer.canManage).toBe(false);
		expect((await view(g.presUser.ctx, id)).viewer.canManage).toBe(true);
	});

	it('audits a listing of decisions that are not public, as the reader who saw them', async () => {
		const { id } = await open();
		await listDecisions(g.bUser.ctx, g.network.slug, 'en', t0);
		const entries = await handle.db
			.select({ actor: auditLog.actorUserId, details: auditLog.details })
			.from(auditLog)
			.where(and(eq(auditLog.action, 'list'), eq(auditLog.entityType, 'decision')));
		const mine = entries.filter((e) => e.actor === g.bUser.id);
		// The details are kept as the exact text that was hashed into the chain.
		const ids = (details: unknown) =>
			(typeof details === 'string' ? JSON.parse(details) : details) as { ids?: string[] };
		expect(mine.some((e) => ids(e.details).ids?.includes(id))).toBe(true);
	});

	it('lets the Secretariat open decisions, and nobody else', async () => {
		const bySecretariat = await openDecision(
			g.secUser.ctx,
			g.network.slug,
			decisionInput(deadline),
			t0
		);
		expect((await view(g.aUser.ctx, bySecretariat.id)).openedBy).toBe(g.participants.sec.code);
		for (const user of [g.aUser, g.observerUser, g.partnerUser, g.unsignedUser]) {
			expect(
				await statusOf(openDecision(user.ctx, g.network.slug, decisionInput(deadline), t0))
			).toBe(403);
		}
		expect(
			await statusOf(openDecision(g.network.anonymous, g.network.slug, decisionInput(deadline), t0))
		).toBe(401);
	});

	it('gives the Presidency its powers only for the length of its term', async () => {
		const other = await newTestNetwork(handle.db);
		const first = await other.newParticipant('member');
		const second = await other.newParticipant('member');
		const firstUser = await other.newUser(first, { role: 'focal_point' });
		await handle.db.execute(sql`
			INSERT INTO presidency_terms (network_id, participant_id, starts_on, ends_on)
			VALUES (${other.id}, ${first.id}, '2020-01-01', '2024-12-31'),
				(${other.id}, ${second.id}, '2025-01-01', NULL)`);
		const during = new Date('2024-06-01T12:00:00Z');
		const after = new Date(Date.now());
		const input = (from: Date) => decisionInput(new Date(from.getTime() + hour));
		// The database checks the term in force today, so the term's end is tested in code only.
		expect(await statusOf(openDecision(firstUser.ctx, other.slug, input(after), after))).toBe(403);
		const facts = await loadGovernanceFacts(handle.db, other.id, during);
		expect(facts.presidencyId).toBe(first.id);
		expect((await loadGovernanceFacts(handle.db, other.id, after)).presidencyId).toBe(second.id);
	});

	it('refuses a position from an observer, a partner, a non-signatory member or a viewer', async () => {
		const { id } = await open();
		// Observers and partners see the decision, since it is the network's business.
		expect((await view(g.observerUser.ctx, id)).viewer.canTakePosition).toBe(false);
		expect((await view(g.partnerUser.ctx, id)).status).toBe('open');
		for (const user of [g.observerUser, g.partnerUser, g.unsignedUser, g.aViewer]) {
			const attempt = recordPosition(
				user.ctx,
				g.network.slug,
				id,
				{ position: 'object', comment: '' },
				t0
			);
			expect(await statusOf(attempt)).toBe(403);
		}
		expect(
			await statusOf(
				recordPosition(
					g.network.anonymous,
					g.network.slug,
					id,
					{ position: 'concur', comment: '' },
					t0
				)
			)
		).toBe(401);
		expect((await view(g.presUser.ctx, id)).positions).toEqual([]);
	});

	it('hides decisions from the public and from other networks', async () => {
		const { id } = await open();
		const stranger = await newTestNetwork(handle.db);
		const strangerUser = await stranger.newUser(await stranger.newParticipant('member'), {
			role: 'focal_point'
		});
		expect(await statusOf(view(g.network.anonymous, id))).toBe(404);
		expect(await statusOf(getDecision(strangerUser.ctx, stranger.slug, id, 'en', t0))).toBe(404);
		expect(await statusOf(view(strangerUser.ctx, id))).toBe(404);
		expect(
			await statusOf(
				recordPosition(
					strangerUser.ctx,
					g.network.slug,
					id,
					{ position: 'object', comment: '' },
					t0
				)
			)
		).toBe(404);
		expect(await statusOf(withdrawDecision(strangerUser.ctx, g.network.slug, id, t0))).toBe(404);
		expect(await listDecisions(g.network.anonymous, g.network.slug, 'en', t0)).toEqual({
			items: [],
			policies: { open: false }
		});
		// The list says who may open the next decision: the Presidency and the Secretariat.
		const openers = [g.presUser, g.secUser, g.aUser, g.observerUser, strangerUser];
		const policies = await Promise.all(
			openers.map(async (u) => (await listDecisions(u.ctx, g.network.slug, 'en', t0)).policies.open)
		);
		expect(policies).toEqual([true, true, false, false, false]);
	});

	it('adopts a decision when an objection is changed to concur before the deadline', async () => {
		const { id } = await open();
		await recordPosition(
			g.aUser.ctx,
			g.network.slug,
			id,
			{ position: 'object', comment: 'Not yet' },
			t0
		);
		await recordPosition(g.bUser.ctx, g.network.slug, id, { position: 'abstain', comment: '' }, t0);
		expect((await view(g.presUser.ctx, id, beforeDeadline)).status).toBe('open');
		await recordPosition(
			g.aUser.ctx,
			g.network.slug,
			id,
			{ position: 'concur', comment: 'Agreed now' },
			beforeDeadline
		);
		await unsafeSettleDueDecisions(handle.db, afterDeadline);
		const settled = await view(g.presUser.ctx, id, afterDeadline);
		expect(settled.status).toBe('adopted');
		expect(settled.positions).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					participant: g.participants.a.code,
					position: 'concur',
					comment: 'Agreed now'
				}),
				expect.objectContaining({ participant: g.participants.b.code, position: 'abstain' })
			])
		);
		expect(settled.history.map((e) => e.kind)).toEqual([
			'opened',
			'position',
			'position',
			'position',
			'adopted'
		]);
		expect(settled.outcomeAt).toBe(deadline.toISOString());
	});

	it('rejects a decision when an eligible participant’s last position is an objection', async () => {
		const { id } = await open();
		await recordPosition(g.aUser.ctx, g.network.slug, id, { position: 'concur', comment: '' }, t0);
		await recordPosition(
			g.aUser.ctx,
			g.network.slug,
			id,
			{ position: 'object', comment: 'Silence broken' },
			beforeDeadline
		);
		expect((await view(g.bUser.ctx, id, afterDeadline)).status).toBe('rejected');
	});

	it('derives the outcome on any read without writing, and the job persists it once', async () => {
		const { id } = await open();
		const [summary] = (
			await listDecisions(g.bUser.ctx, g.network.slug, 'en', afterDeadline)
		).items.filter((d) => d.id === id);
		expect(summary!.status).toBe('adopted');
		expect((await view(g.aUser.ctx, id, afterDeadline)).status).toBe('adopted');
		// Reads write nothing: the record still says open until the job settles it.
		expect((await findDecisionById(handle.db, id))!.status).toBe('open');
		await unsafeSettleDueDecisions(handle.db, afterDeadline);
		expect((await findDecisionById(handle.db, id))!.status).toBe('adopted');
		// Settling again, as a second process would, changes nothing.
		await unsafeSettleDueDecisions(handle.db, afterDeadline);
		await Promise.all([view(g.aUser.ctx, id, afterDeadline), view(g.bUser.ctx, id, afterDeadline)]);
		const outcomes = await handle.db
			.select()
			.from(decisionEvents)
			.where(and(eq(decisionEvents.decisionId, id), eq(decisionEvents.kind, 'adopted')));
		expect(outcomes).toHaveLength(1);
	});

	it('rejects a position that arrives after the deadline', async () => {
		const { id } = await open();
		const late = recordPosition(
			g.aUser.ctx,
			g.network.slug,
			id,
			{ position: 'object', comment: 'Late' },
			afterDeadline
		);
		expect(await statusOf(late)).toBe(409);
		const atDeadline = recordPosition(
			g.bUser.ctx,
			g.network.slug,
			id,
			{ position: 'object', comment: '' },
			deadline
		);
		expect(await statusOf(atDeadline)).toBe(409);
		const settled = await view(g.presUser.ctx, id, afterDeadline);
		expect(settled.status).toBe('adopted');
		expect(settled.positions).toEqual([]);
	});

	it('records each extension, and takes positions until the new deadline', async () => {
		const { id } = await open();
		const later = new Date(deadline.getTime() + 48 * hour);
		await extendDecision(g.presUser.ctx, g.network.slug, id, { deadline: later.toISOString() }, t0);
		const further = new Date(later.getTime() + hour);
		await extendDecision(
			g.presUser.ctx,
			g.network.slug,
			id,
			{ deadline: further.toISOString() },
			t0
		);
		await recordPosition(
			g.aUser.ctx,
			g.network.slug,
			id,
			{ position: 'object', comment: '' },
			afterDeadline
		);
		const extended = await view(g.aUser.ctx, id, afterDeadline);
		expect(extended.status).toBe('open');
		expect(extended.deadline).toBe(further.toISOString());
		expect(extended.history.filter((e) => e.kind === 'extended').map((e) => e.deadline)).toEqual([
			later.toISOString(),
			further.toISOString()
		]);
		expect((await view(g.aUser.ctx, id, new Date(further.getTime() + 1))).status).toBe('rejected');
	});

	it('refuses an extension that is not later, or not by the Presidency', async () => {
		const { id } = await open();
		const earlier = new Date(deadline.getTime() - hour).toISOString();
		expect(
			await statusOf(extendDecision(g.presUser.ctx, g.network.slug, id, { deadline: earlier }, t0))
		).toBe(422);
		const later = new Date(deadline.getTime() + hour).toISOString();
		expect(
			await statusOf(extendDecision(g.secUser.ctx, g.network.slug, id, { deadline: later }, t0))
		).toBe(403);
		expect(
			await statusOf(extendDecision(g.aUser.ctx, g.network.slug, id, { deadline: later }, t0))
		).toBe(403);
		expect(
			await statusOf(
				extendDecision(g.presUser.ctx, g.network.slug, id, { deadline: later }, afterDeadline)
			)
		).toBe(409);
	});

	it('lets the Presidency withdraw a decision before its deadline, and then it takes no positions', async () => {
		const { id } = await open();
		await recordPosition(g.aUser.ctx, g.network.slug, id, { position: 'concur', comment: '' }, t0);
		expect(await statusOf(withdrawDecision(g.aUser.ctx, g.network.slug, id, t0))).toBe(403);
		await withdrawDecision(g.presUser.ctx, g.network.slug, id, beforeDeadline);
		const withdrawn = await view(g.aUser.ctx, id, afterDeadline);
		expect(withdrawn.status).toBe('withdrawn');
		expect(withdrawn.history.map((e) => e.kind)).toEqual(['opened', 'position', 'withdrawn']);
		expect(
			await statusOf(
				recordPosition(g.bUser.ctx, g.network.slug, id, { position: 'concur', comment: '' }, t0)
			)
		).toBe(409);
		expect(await statusOf(withdrawDecision(g.presUser.ctx, g.network.slug, id, t0))).toBe(409);
		const { id: late } = await open();
		expect(
			await statusOf(withdrawDecision(g.presUser.ctx, g.network.slug, late, afterDeadline))
		).toBe(409);
	});

	it('keeps both of two simultaneous positions from one participant, and the last one wins', async () => {
		const { id } = await open();
		const second = await g.network.newUser(g.participants.a, { role: 'editor' });
		await Promise.all([
			recordPosition(g.aUser.ctx, g.network.slug, id, { position: 'object', comment: 'first' }, t0),
			recordPosition(second.ctx, g.network.slug, id, { position: 'concur', comment: 'second' }, t0)
		]);
		const events = await handle.db
			.select()
			.from(decisionEvents)
			.where(and(eq(decisionEvents.decisionId, id), eq(decisionEvents.kind, 'position')))
			.orderBy(decisionEvents.seq);
		expect(events.map((e) => e.comment).sort()).toEqual(['first', 'second']);
		const last = events.at(-1)!;
		const current = await view(g.presUser.ctx, id);
		expect(current.positions).toEqual([
			expect.objectContaining({
				participant: g.participants.a.code,
				position: last.position,
				comment: last.comment
			})
		]);
		const settled = await view(g.presUser.ctx, id, afterDeadline);
		expect(settled.status).toBe(last.position === 'object' ? 'rejected' : 'adopted');
	});

	it('shows each participant only its own positions when the decision says so', async () => {
		const { id } = await open({ positionsVisibility: 'own' });
		await recordPosition(
			g.aUser.ctx,
			g.network.slug,
			id,
			{ position: 'object', comment: 'secret' },
			t0
		);
		await recordPosition(g.bUser.ctx, g.network.slug, id, { position: 'concur', comment: '' }, t0);
		const seenByA = await view(g.aUser.ctx, id);
		expect(seenByA.positions.map((p) => p.participant)).toEqual([g.participants.a.code]);
		expect(seenByA.viewer.ownPosition?.position).toBe('object');
		expect((await view(g.observerUser.ctx, id)).positions).toEqual([]);
		// The participant that opened it conducts the procedure, and sees every position.
		expect((await view(g.presUser.ctx, id)).positions).toHaveLength(2);
		// The database hides them too, even from a query that skips the code.
		const rows = await withActor(handle.db, g.bUser.actor, (tx) =>
			tx.select().from(decisionEvents).where(eq(decisionEvents.decisionId, id))
		);
		expect(rows.filter((r) => r.kind === 'position').map((r) => r.participantId)).toEqual([
			g.participants.b.id
		]);
		// The outcome still counts every position.
		expect((await view(g.bUser.ctx, id, afterDeadline)).status).toBe('rejected');
	});

	it('admits the candidate as an observer when an admit_observer decision is adopted', async () => {
		const code = `N${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
		const { id } = await open({
			kind: 'admit_observer',
			subject: {
				candidate: { code, kind: 'country', name: { es: 'Nueva Zelanda', en: 'New Zealand' } }
			}
		});
		const opened = await view(g.aUser.ctx, id);
		expect(opened.subject.candidate).toEqual({ code, name: 'New Zealand', admitted: false });
		await recordPosition(g.aUser.ctx, g.network.slug, id, { position: 'concur', comment: '' }, t0);
		// A second decision about the same candidate cannot run at the same time.
		const twice = open({
			kind: 'admit_observer',
			subject: { candidate: { code, kind: 'country', name: { es: 'NZ' } } }
		});
		expect(await statusOf(twice)).toBe(422);
		await unsafeSettleDueDecisions(handle.db, afterDeadline);
		const adopted = await view(g.aUser.ctx, id, afterDeadline);
		expect(adopted.status).toBe('adopted');
		expect(adopted.subject.candidate?.admitted).toBe(true);
		const [participant] = await handle.db
			.select()
			.from(participants)
			.where(and(eq(participants.networkId, g.network.id), eq(participants.code, code)));
		expect(participant).toMatchObject({
			status: 'observer',
			name: { es: 'Nueva Zelanda', en: 'New Zealand' }
		});
		// Once a participant, it cannot be proposed again.
		const again = open({
			kind: 'admit_observer',
			subject: { candidate: { code, kind: 'country', name: { es: 'NZ' } } }
		});
		expect(await statusOf(again)).toBe(422);
	});

	it('leaves the candidate outside when the admission is rejected', async () => {
		const code = `R${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
		const { id } = await open({
			kind: 'admit_observer',
			subject: { candidate: { code, kind: 'country', name: { es: 'Rechazado' } } }
		});
		await recordPosition(g.bUser.ctx, g.network.slug, id, { position: 'object', comment: '' }, t0);
		expect((await view(g.aUser.ctx, id, afterDeadline)).status).toBe('rejected');
		const rows = await handle.db
			.select()
			.from(participants)
			.where(and(eq(participants.networkId, g.network.id), eq(participants.code, code)));
		expect(rows).toEqual([]);
	});

	it('refuses a deadline in the past, and an admission without a candidate', async () => {
		const past = openDecision(
			g.presUser.ctx,
			g.network.slug,
			decisionInput(new Date(t0.getTime() - hour)),
			t0
		);
		expect(await statusOf(past)).toBe(422);
		expect(() =>
			parseInput(createDecisionSchema, { ...decisionInput(deadline), kind: 'admit_observer' })
		).toThrow();
		expect(() =>
			parseInput(createDecisionSchema, {
				...decisionInput(deadline),
				deadline: '2030-01-01T10:00:00'
			})
		).toThrow();
	});

	it('keeps the history append-only, and audits every step', async () => {
		const { id } = await open();
		await recordPosition(g.aUser.ctx, g.network.slug, id, { position: 'concur', comment: '' }, t0);
		await expect(
			handle.db
				.update(decisionEvents)
				.set({ comment: 'changed' })
				.where(eq(decisionEvents.decisionId, id))
		).rejects.toThrow();
		await expect(
			handle.db.delete(decisionEvents).where(eq(decisionEvents.decisionId, id))
		).rejects.toThrow();
		await unsafeSettleDueDecisions(handle.db, afterDeadline);
		const audit = await handle.db
			.select({ action: auditLog.action })
			.from(auditLog)
			.where(and(eq(auditLog.entityType, 'decision'), eq(auditLog.entityId, id)))
			.orderBy(auditLog.seq);
		expect(audit.map((a) => a.action)).toEqual(['create', 'position', 'adopted']);
	});

	it('refuses positions written past the code by a participant that is not eligible', async () => {
		const { id } = await open();
		const insert = (user: typeof g.aUser, participantId: string) =>
			withActor(handle.db, user.actor, (tx) =>
				tx.insert(decisionEvents).values({
					decisionId: id,
					kind: 'position',
					participantId,
					userId: user.id,
					position: 'object'
				})
			);
		await expect(insert(g.observerUser, g.participants.observer.id)).rejects.toThrow();
		await expect(insert(g.aUser, g.participants.b.id)).rejects.toThrow();
		await expect(insert(g.aViewer, g.participants.a.id)).rejects.toThrow();
		await insert(g.aUser, g.participants.a.id);
	});
});

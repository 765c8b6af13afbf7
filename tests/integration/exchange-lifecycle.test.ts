import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import {
	auditLog,
	cooperationCommitmentEvents,
	cooperationCommitments
} from '../../src/lib/server/db/schema';
import { withActor } from '../../src/lib/server/db/with-actor';
import { getRequest } from '../../src/lib/server/exchange/get-request';
import { proposeCommitment } from '../../src/lib/server/exchange/propose-commitment';
import { transitionCommitment } from '../../src/lib/server/exchange/transition-commitment';
import { updateRequest } from '../../src/lib/server/exchange/update-request';
import type { CommitmentStatus, TransitionTarget } from '../../src/lib/server/exchange/schemas';
import type { Ctx } from '../../src/lib/server/context';
import { openTestDatabase, testDbKind } from './support/test-db';
import { exchangeNetwork, newOffer, newRequest, statusOf } from './exchange-fixtures';

type World = Awaited<ReturnType<typeof exchangeNetwork>>;

/** The path to each status, and who takes each step on it. */
const pathTo: Record<CommitmentStatus, TransitionTarget[]> = {
	proposed: [],
	accepted: ['accepted'],
	in_progress: ['accepted', 'in_progress'],
	delivered: ['accepted', 'in_progress', 'delivered'],
	verified: ['accepted', 'in_progress', 'delivered', 'verified'],
	declined: ['declined'],
	withdrawn: ['withdrawn']
};
const requesterSteps: TransitionTarget[] = ['accepted', 'declined', 'verified'];

/** Every step the lifecycle allows: from, to. */
const allowed: [CommitmentStatus, TransitionTarget][] = [
	['proposed', 'accepted'],
	['proposed', 'declined'],
	['proposed', 'withdrawn'],
	['accepted', 'in_progress'],
	['accepted', 'withdrawn'],
	['in_progress', 'delivered'],
	['in_progress', 'withdrawn'],
	['delivered', 'verified']
];
const statuses = Object.keys(pathTo) as CommitmentStatus[];
const targets: TransitionTarget[] = [
	'accepted',
	'declined',
	'in_progress',
	'delivered',
	'verified',
	'withdrawn'
];

describe(`cooperation commitments on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let w: World;
	let slug: string;

	beforeAll(async () => {
		handle = await openTestDatabase();
		w = await exchangeNetwork(handle.db);
		slug = w.network.slug;
	});
	afterAll(async () => {
		await handle?.close();
	});

	const sideCtx = (to: TransitionTarget) =>
		requesterSteps.includes(to) ? w.requesterEditor.ctx : w.providerFocal.ctx;
	const otherSideCtx = (to: TransitionTarget) =>
		requesterSteps.includes(to) ? w.providerFocal.ctx : w.requesterFocal.ctx;

	/** A fresh request, released to the network except the outsider, with a commitment in `status`. */
	async function commitmentIn(status: CommitmentStatus) {
		const requestId = await newRequest(w.requesterFocal.ctx, slug, {
			releasability: {
				level: 'named',
				participants: [w.provider.code, w.other.code, w.observer.code]
			}
		});
		const { id } = await proposeCommitment(w.providerFocal.ctx, slug, requestId, { note: '' });
		for (const to of pathTo[status]) {
			await transitionCommitment(sideCtx(to), slug, id, { to, note: `to ${to}` });
		}
		return { requestId, id };
	}

	async function statusNow(id: string) {
		const [row] = await handle.db
			.select({ status: cooperationCommitments.status })
			.from(cooperationCommitments)
			.where(eq(cooperationCommitments.id, id));
		return row!.status;
	}

	it('follows a commitment from proposal to verified delivery, recording each step', async () => {
		const requestId = await newRequest(w.requesterFocal.ctx, slug);
		const offerId = await newOffer(w.providerFocal.ctx, slug);
		const proposed = await proposeCommitment(w.providerFocal.ctx, slug, requestId, {
			offerId,
			note: 'Two courses in Asunción'
		});
		expect(proposed).toMatchObject({ status: 'proposed', offerId, providerCode: w.provider.code });
		expect((await getRequest(w.requesterFocal.ctx, slug, requestId)).status).toBe('open');

		const steps: [Ctx, TransitionTarget, string][] = [
			[w.requesterEditor.ctx, 'accepted', 'covered'],
			[w.providerFocal.ctx, 'in_progress', 'covered'],
			[w.providerFocal.ctx, 'delivered', 'covered'],
			[w.requesterFocal.ctx, 'verified', 'fulfilled']
		];
		for (const [ctx, to, requestStatus] of steps) {
			const view = await transitionCommitment(ctx, slug, proposed.id, { to, note: to });
			expect(view.status).toBe(to);
			const request = await getRequest(w.otherFocal.ctx, slug, requestId);
			expect(request.status).toBe(requestStatus);
			expect(request.covered).toBe(2);
		}

		const request = await getRequest(w.requesterFocal.ctx, slug, requestId);
		const history = request.commitments[0]!.history;
		expect(history.map((s) => [s.from, s.to, s.participantCode])).toEqual([
			[null, 'proposed', w.provider.code],
			['proposed', 'accepted', w.requester.code],
			['accepted', 'in_progress', w.provider.code],
			['in_progress', 'delivered', w.provider.code],
			['delivered', 'verified', w.requester.code]
		]);
		for (const step of history) expect(Date.parse(step.at)).not.toBeNaN();
		const events = await handle.db
			.select()
			.from(cooperationCommitmentEvents)
			.where(eq(cooperationCommitmentEvents.commitmentId, proposed.id));
		expect(events.map((e) => e.userId)).toEqual([
			w.providerFocal.id,
			w.requesterEditor.id,
			w.providerFocal.id,
			w.providerFocal.id,
			w.requesterFocal.id
		]);
		const audited = await handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, proposed.id));
		expect(audited.length).toBe(5);
	});

	describe.each(allowed)('the step from %s to %s', (from, to) => {
		it('is taken by its side', async () => {
			const { id } = await commitmentIn(from);
			const view = await transitionCommitment(sideCtx(to), slug, id, { to, note: '' });
			expect(view.status).toBe(to);
			expect(view.history.at(-1)).toMatchObject({ from, to });
		});

		it('is refused to the other side (403), a third participant (403), a viewer (403), one who cannot see the request (404) and the anonymous (401)', async () => {
			const { id } = await commitmentIn(from);
			const viewer = requesterSteps.includes(to) ? w.requesterViewer.ctx : w.providerViewer.ctx;
			const attempts: [Ctx, number][] = [
				[otherSideCtx(to), 403],
				[w.otherFocal.ctx, 403],
				[w.observerFocal.ctx, 403],
				[viewer, 403],
				[w.outsiderFocal.ctx, 404],
				[w.network.anonymous, 401]
			];
			for (const [ctx, expected] of attempts) {
				expect(await statusOf(transitionCommitment(ctx, slug, id, { to, note: '' }))).toBe(
					expected
				);
			}
			expect(await statusNow(id)).toBe(from);
		});

		it('is refused by the database to the other side, even without the code check', async () => {
			const { id } = await commitmentIn(from);
			const other = requesterSteps.includes(to) ? w.providerFocal : w.requesterFocal;
			await expect(
				withActor(handle.db, other.actor, (tx) =>
					tx
						.update(cooperationCommitments)
						.set({ status: to })
						.where(eq(cooperationCommitments.id, id))
				)
			).rejects.toThrow();
			const hidden = await withActor(handle.db, w.outsiderFocal.actor, (tx) =>
				tx
					.update(cooperationCommitments)
					.set({ status: to })
					.where(eq(cooperationCommitments.id, id))
					.returning({ id: cooperationCommitments.id })
			);
			expect(hidden).toEqual([]);
			expect(await statusNow(id)).toBe(from);
		});
	});

	const impossible = statuses.flatMap((from) =>
		targets
			.filter((to) => !allowed.some(([f, t]) => f === from && t === to))
			.map((to) => [from, to] as [CommitmentStatus, TransitionTarget])
	);

	it.each(impossible)('refuses the impossible step from %s to %s with 409', async (from, to) => {
		const { id } = await commitmentIn(from);
		expect(await statusOf(transitionCommitment(sideCtx(to), slug, id, { to, note: '' }))).toBe(409);
		expect(await statusNow(id)).toBe(from);
		// The database refuses it too (staying where it is changes nothing).
		if (from === to) return;
		await expect(
			withActor(handle.db, sideCtx(to).actor, (tx) =>
				tx
					.update(cooperationCommitments)
					.set({ status: to })
					.where(eq(cooperationCommitments.id, id))
			)
		).rejects.toThrow();
	});

	it('refuses a step recorded in another participant’s name', async () => {
		const { id } = await commitmentIn('proposed');
		await expect(
			withActor(handle.db, w.otherFocal.actor, (tx) =>
				tx.insert(cooperationCommitmentEvents).values({
					commitmentId: id,
					fromStatus: 'proposed',
					toStatus: 'proposed',
					participantId: w.requester.id,
					userId: w.otherFocal.id
				})
			)
		).rejects.toThrow();
	});

	describe('proposing a commitment', () => {
		it('derives partly covered, covered and closed from the commitments', async () => {
			const requestId = await newRequest(w.requesterFocal.ctx, slug, { quantity: 3 });
			const one = await proposeCommitment(w.providerFocal.ctx, slug, requestId, {
				quantity: 1,
				note: ''
			});
			await transitionCommitment(w.requesterFocal.ctx, slug, one.id, {
				to: 'accepted',
				note: ''
			});
			let request = await getRequest(w.otherFocal.ctx, slug, requestId);
			expect([request.status, request.covered]).toEqual(['partly_covered', 1]);
			const two = await proposeCommitment(w.otherFocal.ctx, slug, requestId, {
				quantity: 2,
				note: ''
			});
			await transitionCommitment(w.requesterFocal.ctx, slug, two.id, {
				to: 'accepted',
				note: ''
			});
			request = await getRequest(w.otherFocal.ctx, slug, requestId);
			expect([request.status, request.covered]).toEqual(['covered', 3]);
			await updateRequest(w.requesterFocal.ctx, slug, requestId, { closed: true });
			request = await getRequest(w.otherFocal.ctx, slug, requestId);
			expect(request.status).toBe('closed');
			expect(
				await statusOf(proposeCommitment(w.observerFocal.ctx, slug, requestId, { note: '' }))
			).toBe(409);
		});

		it('is refused on its own request, to viewers, the anonymous and those who cannot see it', async () => {
			const requestId = await newRequest(w.requesterFocal.ctx, slug, {
				releasability: { level: 'members' }
			});
			const attempts: [Ctx, number][] = [
				[w.requesterFocal.ctx, 403],
				[w.providerViewer.ctx, 404],
				[w.providerFocal.ctx, 404],
				[w.network.anonymous, 401]
			];
			for (const [ctx, expected] of attempts) {
				expect(await statusOf(proposeCommitment(ctx, slug, requestId, { note: '' }))).toBe(
					expected
				);
			}
			expect(
				await statusOf(proposeCommitment(w.otherFocal.ctx, slug, requestId, { note: '' }))
			).toBe(200);
		});

		it('checks the quantity and the offer', async () => {
			const advice = await newRequest(w.requesterFocal.ctx, slug, {
				category: 'advice',
				quantity: null,
				unit: null
			});
			const courses = await newRequest(w.requesterFocal.ctx, slug);
			const othersOffer = await newOffer(w.otherFocal.ctx, slug);
			const cases: [string, Parameters<typeof proposeCommitment>[3], string][] = [
				[advice, { quantity: 1, note: '' }, 'quantity'],
				[courses, { quantity: 3, note: '' }, 'quantity'],
				[courses, { offerId: othersOffer, note: '' }, 'offerId']
			];
			for (const [requestId, input, path] of cases) {
				await expect(
					proposeCommitment(w.providerFocal.ctx, slug, requestId, input)
				).rejects.toMatchObject({ status: 422, fieldErrors: [expect.objectContaining({ path })] });
			}
		});

		it('is refused by the database in another participant’s name or on a hidden request', async () => {
			const hidden = await newRequest(w.requesterFocal.ctx, slug, {
				releasability: { level: 'owner' }
			});
			const visible = await newRequest(w.requesterFocal.ctx, slug);
			const insert = (requestId: string, ownerId: string) =>
				withActor(handle.db, w.providerFocal.actor, (tx) =>
					tx.insert(cooperationCommitments).values({
						networkId: w.network.id,
						requestId,
						ownerId,
						status: 'proposed'
					})
				);
			await expect(insert(hidden, w.provider.id)).rejects.toThrow();
			await expect(insert(visible, w.other.id)).rejects.toThrow();
			await expect(insert(visible, w.provider.id)).resolves.toBeDefined();
		});
	});
});

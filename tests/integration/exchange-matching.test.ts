import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { getRequest } from '../../src/lib/server/exchange/get-request';
import { listOfferMatches } from '../../src/lib/server/exchange/list-offer-matches';
import { listRequestMatches } from '../../src/lib/server/exchange/list-request-matches';
import { proposeCommitment } from '../../src/lib/server/exchange/propose-commitment';
import { transitionCommitment } from '../../src/lib/server/exchange/transition-commitment';
import { updateOffer } from '../../src/lib/server/exchange/update-offer';
import { openTestDatabase, testDbKind } from './support/test-db';
import { exchangeNetwork, newOffer, newRequest, statusOf } from './exchange-fixtures';

type World = Awaited<ReturnType<typeof exchangeNetwork>>;

const inDays = (days: number) =>
	new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe(`cooperation matching and duplicate-support warnings on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(async () => {
		await handle?.close();
	});

	describe('matching under releasability', () => {
		let w: World;
		let slug: string;
		let requestId: string;
		const offers = {} as Record<
			| 'open'
			| 'french'
			| 'namedToRequester'
			| 'ownerOnly'
			| 'equipment'
			| 'closed'
			| 'expired'
			| 'requesterOwn',
			string
		>;

		beforeAll(async () => {
			w = await exchangeNetwork(handle.db);
			slug = w.network.slug;
			requestId = await newRequest(w.requesterFocal.ctx, slug, {
				languages: ['es'],
				neededBy: inDays(60)
			});
			offers.open = await newOffer(w.providerFocal.ctx, slug, { languages: ['es'] });
			offers.french = await newOffer(w.providerFocal.ctx, slug, {
				languages: ['fr'],
				title: { fr: 'Formation' }
			});
			offers.namedToRequester = await newOffer(w.otherFocal.ctx, slug, {
				releasability: { level: 'named', participants: [w.requester.code] }
			});
			offers.ownerOnly = await newOffer(w.otherFocal.ctx, slug, {
				releasability: { level: 'owner' }
			});
			offers.equipment = await newOffer(w.providerFocal.ctx, slug, { category: 'equipment' });
			offers.closed = await newOffer(w.providerFocal.ctx, slug);
			await updateOffer(w.providerFocal.ctx, slug, offers.closed, { closed: true });
			offers.expired = await newOffer(w.providerFocal.ctx, slug, {
				availableFrom: inDays(-30),
				availableUntil: inDays(-1)
			});
			offers.requesterOwn = await newOffer(w.requesterFocal.ctx, slug);
		});

		const suggested = async (ctx: World['requesterFocal']['ctx']) =>
			(await listRequestMatches(ctx, slug, requestId)).items.map((i) => i.offerId);

		it('suggests only open offers of a fitting category that the reader sees, best first', async () => {
			const forRequester = await listRequestMatches(w.requesterFocal.ctx, slug, requestId);
			expect(forRequester.items.map((i) => i.offerId).sort()).toEqual(
				[offers.open, offers.french, offers.namedToRequester].sort()
			);
			expect(forRequester.items.find((i) => i.offerId === offers.open)).toMatchObject({
				score: 100,
				reasons: ['same_category', 'window_overlaps', 'capacity_covers', 'shared_language']
			});
			const french = forRequester.items.find((i) => i.offerId === offers.french)!;
			expect(french.reasons).not.toContain('shared_language');
			expect(french.score).toBeLessThan(forRequester.items[0]!.score);
		});

		it('never suggests a hidden offer', async () => {
			expect((await suggested(w.observerFocal.ctx)).sort()).toEqual(
				[offers.open, offers.french].sort()
			);
			expect(await suggested(w.providerFocal.ctx)).not.toContain(offers.namedToRequester);
			for (const ctx of [w.requesterFocal.ctx, w.observerFocal.ctx, w.providerFocal.ctx]) {
				expect(await suggested(ctx)).not.toContain(offers.ownerOnly);
			}
		});

		it('answers not found for a request the reader cannot see', async () => {
			const hidden = await newRequest(w.requesterFocal.ctx, slug, {
				releasability: { level: 'members' }
			});
			expect(await statusOf(listRequestMatches(w.providerFocal.ctx, slug, hidden))).toBe(404);
			expect(await statusOf(listRequestMatches(w.network.anonymous, slug, hidden))).toBe(404);
		});

		it('never matches a hidden request to an offer, nor one already covered', async () => {
			const hidden = await newRequest(w.requesterFocal.ctx, slug, {
				releasability: { level: 'named', participants: [w.other.code] }
			});
			const covered = await newRequest(w.requesterFocal.ctx, slug, { quantity: 1 });
			const commitment = await proposeCommitment(w.otherFocal.ctx, slug, covered, { note: '' });
			await transitionCommitment(w.requesterFocal.ctx, slug, commitment.id, {
				to: 'accepted',
				note: ''
			});
			const forProvider = (await listOfferMatches(w.providerFocal.ctx, slug, offers.open)).items;
			expect(forProvider.map((i) => i.requestId)).toContain(requestId);
			expect(forProvider.map((i) => i.requestId)).not.toContain(hidden);
			expect(forProvider.map((i) => i.requestId)).not.toContain(covered);
			// The participant the hidden request is released to sees it suggested for its own offer.
			const forOther = (await listOfferMatches(w.otherFocal.ctx, slug, offers.namedToRequester))
				.items;
			expect(forOther.map((i) => i.requestId)).toContain(hidden);
		});
	});

	describe('duplicate-support warning', () => {
		let w: World;
		let slug: string;
		beforeAll(async () => {
			w = await exchangeNetwork(handle.db);
			slug = w.network.slug;
		});

		it('warns the requester and the providers when commitments exceed what was asked', async () => {
			const requestId = await newRequest(w.requesterFocal.ctx, slug, { quantity: 2 });
			await proposeCommitment(w.providerFocal.ctx, slug, requestId, { note: '' });
			expect((await getRequest(w.requesterFocal.ctx, slug, requestId)).warnings).toEqual([]);
			const second = await proposeCommitment(w.otherFocal.ctx, slug, requestId, {
				quantity: 1,
				note: ''
			});
			for (const ctx of [w.requesterFocal.ctx, w.providerFocal.ctx, w.otherFocal.ctx]) {
				expect((await getRequest(ctx, slug, requestId)).warnings).toEqual([
					{
						kind: 'over_committed',
						requests: [{ id: requestId, title: { es: 'Curso de protección de civiles' } }],
						providers: [w.other.code, w.provider.code].sort(),
						asked: 2,
						committed: 3,
						unit: 'courses'
					}
				]);
			}
			// Readers with no commitment of their own see none.
			expect((await getRequest(w.observerFocal.ctx, slug, requestId)).warnings).toEqual([]);
			// A declined commitment no longer counts.
			await transitionCommitment(w.requesterFocal.ctx, slug, second.id, {
				to: 'declined',
				note: 'Covered already'
			});
			expect((await getRequest(w.requesterFocal.ctx, slug, requestId)).warnings).toEqual([]);
		});

		it('names overlapping requests of the same participant and category, among those the reader sees', async () => {
			const first = await newRequest(w.requesterFocal.ctx, slug, {
				category: 'logistics',
				quantity: 1,
				unit: 'flights',
				neededBy: inDays(30),
				title: { en: 'Airlift to the mission' }
			});
			const second = await newRequest(w.requesterFocal.ctx, slug, {
				category: 'logistics',
				quantity: 1,
				unit: 'flights',
				neededBy: inDays(45),
				title: { en: 'Airlift, second rotation' }
			});
			const hidden = await newRequest(w.requesterFocal.ctx, slug, {
				category: 'logistics',
				quantity: 1,
				unit: 'flights',
				neededBy: inDays(20),
				title: { en: 'Airlift, kept to one partner' },
				releasability: { level: 'named', participants: [w.other.code] }
			});
			const elsewhere = await newRequest(w.requesterFocal.ctx, slug, {
				category: 'equipment',
				quantity: 1,
				unit: 'flights',
				title: { en: 'Not logistics' }
			});
			await proposeCommitment(w.providerFocal.ctx, slug, first, { note: '' });
			await proposeCommitment(w.otherFocal.ctx, slug, second, { note: '' });
			await proposeCommitment(w.otherFocal.ctx, slug, hidden, { note: '' });
			await proposeCommitment(w.providerFocal.ctx, slug, elsewhere, { note: '' });

			const forRequester = (await getRequest(w.requesterFocal.ctx, slug, first)).warnings;
			expect(forRequester).toHaveLength(1);
			expect(forRequester[0]).toMatchObject({
				kind: 'overlapping_requests',
				providers: [w.other.code, w.provider.code].sort(),
				asked: 1,
				committed: 3
			});
			expect(forRequester[0]!.requests.map((r) => r.id).sort()).toEqual(
				[first, second, hidden].sort()
			);

			// The provider does not see the request kept to the other partner, nor its commitment.
			const forProvider = (await getRequest(w.providerFocal.ctx, slug, first)).warnings;
			expect(forProvider[0]!.requests.map((r) => r.id).sort()).toEqual([first, second].sort());
			expect(forProvider[0]!.committed).toBe(2);
		});
	});
});

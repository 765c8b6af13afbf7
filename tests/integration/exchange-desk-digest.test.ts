import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { outbox } from '../../src/lib/server/db/schema';
import { getDesk } from '../../src/lib/server/desk/get-desk';
import { exportOwnParticipant } from '../../src/lib/server/export/export-own-participant';
import { proposeCommitment } from '../../src/lib/server/exchange/propose-commitment';
import { unsafeSendExchangeDigests } from '../../src/lib/server/exchange/send-exchange-digests';
import { transitionCommitment } from '../../src/lib/server/exchange/transition-commitment';
import { openTestDatabase, testDbKind } from './support/test-db';
import { exchangeNetwork, newOffer, newRequest } from './exchange-fixtures';

const origin = 'http://relacopaz.test';

describe(`cooperation on the desk, in digests and in the export on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(async () => {
		await handle?.close();
	});

	const mailsTo = (email: string) =>
		handle.db.select().from(outbox).where(eq(outbox.recipient, email));

	it('puts on each side’s desk what waits on it, and nothing else', async () => {
		const w = await exchangeNetwork(handle.db);
		const slug = w.network.slug;
		const requestId = await newRequest(w.requesterFocal.ctx, slug);
		const commitment = await proposeCommitment(w.providerFocal.ctx, slug, requestId, {
			note: ''
		});
		const deskOf = async (ctx: typeof w.requesterFocal.ctx) =>
			(await getDesk(ctx, 'en')).cooperation.map((i) => [i.commitmentId, i.status, i.side]);

		expect(await deskOf(w.requesterEditor.ctx)).toEqual([[commitment.id, 'proposed', 'requester']]);
		expect(await deskOf(w.providerFocal.ctx)).toEqual([]);
		expect(await deskOf(w.otherFocal.ctx)).toEqual([]);

		await transitionCommitment(w.requesterFocal.ctx, slug, commitment.id, {
			to: 'accepted',
			note: ''
		});
		expect(await deskOf(w.requesterFocal.ctx)).toEqual([]);
		const [item] = (await getDesk(w.providerFocal.ctx, 'en')).cooperation;
		expect(item).toMatchObject({
			status: 'accepted',
			side: 'provider',
			otherCode: w.requester.code,
			title: 'Curso de protección de civiles',
			href: `/networks/${slug}/cooperation/requests/${requestId}#commitment-${commitment.id}`
		});
		await transitionCommitment(w.providerFocal.ctx, slug, commitment.id, {
			to: 'in_progress',
			note: ''
		});
		await transitionCommitment(w.providerFocal.ctx, slug, commitment.id, {
			to: 'delivered',
			note: ''
		});
		expect(await deskOf(w.providerFocal.ctx)).toEqual([]);
		expect(await deskOf(w.requesterFocal.ctx)).toEqual([[commitment.id, 'delivered', 'requester']]);
	});

	it('mails one digest to the focal points of the side something waits on, once', async () => {
		const w = await exchangeNetwork(handle.db);
		const slug = w.network.slug;
		const first = await newRequest(w.requesterFocal.ctx, slug);
		const second = await newRequest(w.requesterFocal.ctx, slug, {
			title: { es: 'Asesoría en logística' },
			category: 'logistics'
		});
		const a = await proposeCommitment(w.providerFocal.ctx, slug, first, { note: '' });
		await proposeCommitment(w.otherFocal.ctx, slug, second, { note: '' });

		await unsafeSendExchangeDigests(handle.db, origin);
		const toRequester = await mailsTo(w.requesterFocal.email);
		expect(toRequester).toHaveLength(1);
		expect(toRequester[0]!.textBody).toContain('Curso de protección de civiles');
		expect(toRequester[0]!.textBody).toContain('Asesoría en logística');
		expect(toRequester[0]!.textBody).toContain(
			`${origin}/networks/${slug}/cooperation/requests/${first}#commitment-${a.id}`
		);
		// Editors act, focal points are told; the provider has nothing waiting yet.
		expect(await mailsTo(w.requesterEditor.email)).toEqual([]);
		expect(await mailsTo(w.providerFocal.email)).toEqual([]);

		await unsafeSendExchangeDigests(handle.db, origin);
		expect(await mailsTo(w.requesterFocal.email)).toHaveLength(1);

		await transitionCommitment(w.requesterFocal.ctx, slug, a.id, { to: 'accepted', note: '' });
		await unsafeSendExchangeDigests(handle.db, origin);
		expect(await mailsTo(w.providerFocal.email)).toHaveLength(1);
		expect(await mailsTo(w.requesterFocal.email)).toHaveLength(1);
	});

	it('leaves out a step the commitment has already moved on from', async () => {
		const w = await exchangeNetwork(handle.db);
		const slug = w.network.slug;
		const requestId = await newRequest(w.requesterFocal.ctx, slug);
		const c = await proposeCommitment(w.providerFocal.ctx, slug, requestId, { note: '' });
		await transitionCommitment(w.requesterFocal.ctx, slug, c.id, { to: 'declined', note: '' });
		await unsafeSendExchangeDigests(handle.db, origin);
		expect(await mailsTo(w.requesterFocal.email)).toEqual([]);
		expect(await mailsTo(w.providerFocal.email)).toEqual([]);
	});

	it('exports each participant’s requests, offers, commitments and steps', async () => {
		const w = await exchangeNetwork(handle.db);
		const slug = w.network.slug;
		const requestId = await newRequest(w.requesterFocal.ctx, slug, {
			releasability: { level: 'named', participants: [w.provider.code] }
		});
		const offerId = await newOffer(w.providerFocal.ctx, slug, {
			releasability: { level: 'owner' }
		});
		const c = await proposeCommitment(w.providerFocal.ctx, slug, requestId, {
			offerId,
			note: 'From our offer'
		});
		await transitionCommitment(w.requesterFocal.ctx, slug, c.id, { to: 'accepted', note: '' });

		const requester = await exportOwnParticipant(w.requesterFocal.ctx, slug, w.requester.code);
		expect(requester.cooperationRequests).toEqual([
			expect.objectContaining({
				id: requestId,
				releasability: { level: 'named', participants: [w.provider.code] }
			})
		]);
		expect(requester.cooperationOffers).toEqual([]);
		expect(requester.cooperationCommitments).toEqual([]);
		expect(requester.cooperationSteps).toEqual([
			expect.objectContaining({ commitmentId: c.id, toStatus: 'accepted' })
		]);

		const provider = await exportOwnParticipant(w.providerFocal.ctx, slug, w.provider.code);
		expect(provider.cooperationRequests).toEqual([]);
		expect(provider.cooperationOffers).toEqual([
			expect.objectContaining({ id: offerId, releasability: { level: 'owner', participants: [] } })
		]);
		expect(provider.cooperationCommitments).toEqual([
			expect.objectContaining({ id: c.id, offerId, note: 'From our offer', status: 'accepted' })
		]);
		expect(provider.cooperationSteps).toEqual([
			expect.objectContaining({ commitmentId: c.id, toStatus: 'proposed' })
		]);
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/lib/server/auth/create-api-token';
import { startTestApp, type TestApp } from './support/app';
import { testDbKind } from './support/test-db';
import { exchangeNetwork, offerInput, requestInput } from './exchange-fixtures';

type World = Awaited<ReturnType<typeof exchangeNetwork>>;

describe(`the cooperation API on ${testDbKind}`, () => {
	let app: TestApp;
	let w: World;
	let base: string;
	const tokens: Record<'requester' | 'provider' | 'other' | 'outsider', string> = {
		requester: '',
		provider: '',
		other: '',
		outsider: ''
	};

	beforeAll(async () => {
		app = await startTestApp();
		w = await exchangeNetwork(app.db);
		base = `/api/v1/networks/${w.network.slug}/cooperation`;
		tokens.requester = (await createApiToken(app.db, w.requesterFocal.actor, 'api')).token;
		tokens.provider = (await createApiToken(app.db, w.providerFocal.actor, 'api')).token;
		tokens.other = (await createApiToken(app.db, w.otherFocal.actor, 'api')).token;
		tokens.outsider = (await createApiToken(app.db, w.outsiderFocal.actor, 'api')).token;
	});
	afterAll(async () => {
		await app?.close();
	});

	const call = (who: keyof typeof tokens, method: string, path: string, body?: unknown) =>
		app.request(`${base}${path}`, {
			method,
			headers: {
				authorization: `Bearer ${tokens[who]}`,
				...(body === undefined ? {} : { 'content-type': 'application/json' })
			},
			body: body === undefined ? undefined : JSON.stringify(body)
		});

	it('runs a commitment through its lifecycle, answering 403, 404 and 409 where it must', async () => {
		const created = await call('requester', 'POST', '/requests', {
			...requestInput(),
			releasability: { level: 'named', participants: [w.provider.code, w.other.code] }
		});
		expect(created.status).toBe(201);
		const request = (await created.json()) as { id: string; status: string };
		expect(request.status).toBe('open');

		const offer = await call('provider', 'POST', '/offers', offerInput());
		expect(offer.status).toBe(201);
		const { id: offerId } = (await offer.json()) as { id: string };

		const matches = await call('requester', 'GET', `/requests/${request.id}/matches`);
		expect(await matches.json()).toEqual({
			items: [
				expect.objectContaining({ offerId, score: expect.any(Number), reasons: expect.any(Array) })
			]
		});

		const committed = await call('provider', 'POST', `/requests/${request.id}/commitments`, {
			offerId,
			note: 'Dos cursos'
		});
		expect(committed.status).toBe(201);
		const commitment = (await committed.json()) as { id: string; status: string };
		expect(commitment.status).toBe('proposed');

		const step = (who: keyof typeof tokens, to: string) =>
			call(who, 'POST', `/commitments/${commitment.id}/transitions`, { to, note: '' });
		expect((await step('provider', 'accepted')).status).toBe(403);
		expect((await step('other', 'accepted')).status).toBe(403);
		expect((await step('outsider', 'accepted')).status).toBe(404);
		expect((await step('provider', 'delivered')).status).toBe(409);
		const refused = await step('requester', 'verified');
		expect(refused.status).toBe(409);
		expect(refused.headers.get('content-type')).toContain('application/problem+json');

		expect((await step('requester', 'accepted')).status).toBe(200);
		expect((await step('provider', 'in_progress')).status).toBe(200);
		expect((await step('provider', 'delivered')).status).toBe(200);
		const verified = await step('requester', 'verified');
		expect(await verified.json()).toMatchObject({ status: 'verified' });

		const after = await call('other', 'GET', `/requests/${request.id}`);
		expect(await after.json()).toMatchObject({
			status: 'fulfilled',
			covered: 2,
			commitments: [expect.objectContaining({ id: commitment.id, status: 'verified' })],
			warnings: []
		});
		expect((await call('outsider', 'GET', `/requests/${request.id}`)).status).toBe(404);
	});

	it('answers bad input with 4xx problems, never 500', async () => {
		const noTitle = await call('requester', 'POST', '/requests', {
			...requestInput(),
			title: { es: '' }
		});
		expect(noTitle.status).toBe(422);
		expect((await call('requester', 'GET', '/requests/not-a-uuid')).status).toBe(404);
		expect(
			(
				await call('requester', 'POST', `/commitments/${crypto.randomUUID()}/transitions`, {
					to: 'shipped'
				})
			).status
		).toBe(422);
		// Observers give no offers; the API says so.
		const observerToken = (await createApiToken(app.db, w.observerFocal.actor, 'api')).token;
		const observerOffer = await app.request(`${base}/offers`, {
			method: 'POST',
			headers: { authorization: `Bearer ${observerToken}`, 'content-type': 'application/json' },
			body: JSON.stringify(offerInput())
		});
		expect(observerOffer.status).toBe(403);
	});
});

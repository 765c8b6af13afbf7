import { expect, test } from '@playwright/test';
import { accounts } from './fixtures';

const base = '/api/v1/networks/relacopaz';

test('the registry answers with the documented shapes', async ({ request }) => {
	const networks = await (await request.get('/api/v1/networks')).json();
	expect(networks.items.map((n: { slug: string }) => n.slug)).toContain('relacopaz');

	const participants = await (await request.get(`${base}/participants`)).json();
	const arg = participants.items.find((p: { code: string }) => p.code === 'ARG');
	expect(arg).toMatchObject({ code: 'ARG', kind: 'country', status: 'member' });
	expect(arg.signatures.length).toBe(2);
	const statuses = new Set(participants.items.map((p: { status: string }) => p.status));
	expect([...statuses].sort()).toEqual(['member', 'observer', 'partner']);
	const alcopaz = participants.items.find((p: { code: string }) => p.code === 'alcopaz');
	expect(alcopaz).toMatchObject({ kind: 'organization', status: 'partner' });
});

test('an owner-only document is a 404 to everyone but its owner', async ({ request }) => {
	const { tokens } = accounts();
	const created = await request.post(`${base}/documents`, {
		headers: { authorization: `Bearer ${tokens.argEditor}` },
		data: {
			title: 'API owner-only note',
			kind: 'minutes',
			language: 'es',
			body: 'Texto reservado',
			releasability: { level: 'owner' }
		}
	});
	expect(created.status()).toBe(201);
	const doc = await created.json();
	expect(doc).toMatchObject({
		ownerCode: 'ARG',
		releasability: { level: 'owner', participants: [] }
	});

	const url = `${base}/documents/${doc.id}`;
	expect(
		(await request.get(url, { headers: { authorization: `Bearer ${tokens.argEditor}` } })).status()
	).toBe(200);
	for (const token of [tokens.braFocal, tokens.espObserver]) {
		const response = await request.get(url, { headers: { authorization: `Bearer ${token}` } });
		expect(response.status()).toBe(404);
		expect(response.headers()['content-type']).toContain('application/problem+json');
	}
	expect((await request.get(url)).status()).toBe(404);

	const patchByOther = await request.patch(url, {
		headers: { authorization: `Bearer ${tokens.braFocal}` },
		data: { title: 'hijacked' }
	});
	expect(patchByOther.status()).toBe(404);
	const deleteByOther = await request.delete(url, {
		headers: { authorization: `Bearer ${tokens.braFocal}` }
	});
	expect(deleteByOther.status()).toBe(404);

	const patched = await request.patch(url, {
		headers: { authorization: `Bearer ${tokens.argEditor}`, 'accept-language': 'en' },
		data: { title: 'API owner-only note (revised)' }
	});
	expect(patched.status()).toBe(200);
	expect((await patched.json()).version).toBe(2);
	const deleted = await request.delete(url, {
		headers: { authorization: `Bearer ${tokens.argEditor}` }
	});
	expect(deleted.status()).toBe(204);
	expect(
		(await request.get(url, { headers: { authorization: `Bearer ${tokens.argEditor}` } })).status()
	).toBe(404);
});

test('validation errors are problem+json with a path for each error, in the reader’s language', async ({
	request
}) => {
	const { tokens } = accounts();
	const response = await request.post(`${base}/documents`, {
		headers: { authorization: `Bearer ${tokens.argEditor}`, 'accept-language': 'fr' },
		data: { title: '', kind: 'poem', language: 'xx', releasability: { level: 'named' } }
	});
	expect(response.status()).toBe(422);
	expect(response.headers()['content-type']).toContain('application/problem+json');
	const problem = await response.json();
	expect(problem.status).toBe(422);
	expect(problem.title).toBe('Les données envoyées ne sont pas valides.');
	const paths = problem.errors.map((e: { path: string }) => e.path).sort();
	expect(paths).toEqual(['kind', 'language', 'releasability.participants', 'title']);
	for (const error of problem.errors) expect(error.message.length).toBeGreaterThan(0);

	const malformed = await request.post(`${base}/documents`, {
		headers: { authorization: `Bearer ${tokens.argEditor}`, 'content-type': 'application/json' },
		data: Buffer.from('{"title": ')
	});
	expect(malformed.status()).toBe(400);
	expect((await malformed.json()).status).toBe(400);

	const anonymous = await request.post(`${base}/documents`, {
		data: {
			title: 'x',
			kind: 'other',
			language: 'es',
			body: 'x',
			releasability: { level: 'public' }
		}
	});
	expect(anonymous.status()).toBe(401);
	expect((await request.get('/api/v1/networks/nowhere/documents')).status()).toBe(404);
	expect((await request.get(`${base}/documents/not-a-uuid`)).status()).toBe(404);
});

test('/api/v1/me tells who is calling', async ({ request }) => {
	const { tokens, users } = accounts();
	expect(await (await request.get('/api/v1/me')).json()).toEqual({
		authenticated: false,
		user: null
	});
	const me = await (
		await request.get('/api/v1/me', { headers: { authorization: `Bearer ${tokens.espObserver}` } })
	).json();
	expect(me.user).toMatchObject({
		email: users.espObserver.email,
		participant: { code: 'ESP', network: 'relacopaz', status: 'observer' }
	});
	expect((await request.get('/healthz')).status()).toBe(200);
});

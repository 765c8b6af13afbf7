import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFastReads } from './fast-reads';
import { headerReader, readKey, ResponseCache } from './response-cache';

const feed = { version: 1, live: true };
let audits = 0;
const cache = new ResponseCache(feed, (reads) => {
	audits += reads.length;
	return Promise.resolve();
});
const fastReads = createFastReads(cache);
let server: Server;
let origin: string;

/** Renders through the cache as the hook does, keeping a copy for these exact inputs. */
async function keep(path: string, headers: Record<string, string>, body: string) {
	const request = new Request(`http://localhost${path}`, { headers });
	const url = new URL(request.url);
	await cache.respond(
		request,
		readKey({ pathAndQuery: url.pathname + url.search, ...headerReader(request) }),
		() =>
			Promise.resolve({
				response: new Response(body, { headers: { 'content-type': 'text/html' } }),
				reads: [
					{
						actor: { userId: 'u', email: 'u@x', isAdmin: false, participant: null, role: null },
						event: { action: 'list', entityType: 'document' }
					}
				]
			})
	);
}

beforeAll(async () => {
	server = createServer((req, res) => {
		void fastReads(req, res).then((answered) => {
			if (!answered) res.writeHead(599).end('to the framework');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fast reads', () => {
	it('answers only the very same inputs, audits each answer, and stops at a change', async () => {
		// A browser sends the same headers on every visit; fetch here would add its own language.
		await keep(
			'/networks/relacopaz/documents?q=plan',
			{ cookie: 'session=abc', 'accept-language': 'es' },
			'kept list'
		);
		const before = audits;
		const same = await fetch(`${origin}/networks/relacopaz/documents?q=plan`, {
			headers: { cookie: 'session=abc', 'accept-language': 'es' }
		});
		expect(same.status).toBe(200);
		expect(await same.text()).toBe('kept list');
		expect(audits).toBe(before + 1);

		const otherReader = await fetch(`${origin}/networks/relacopaz/documents?q=plan`, {
			headers: { cookie: 'session=xyz', 'accept-language': 'es' }
		});
		expect(otherReader.status).toBe(599);
		const otherAddress = await fetch(`${origin}/networks/relacopaz/documents?q=other`, {
			headers: { cookie: 'session=abc', 'accept-language': 'es' }
		});
		expect(otherAddress.status).toBe(599);
		const token = await fetch(`${origin}/networks/relacopaz/documents?q=plan`, {
			headers: { cookie: 'session=abc', 'accept-language': 'es', authorization: 'Bearer t' }
		});
		expect(token.status).toBe(599);

		feed.version++;
		const afterChange = await fetch(`${origin}/networks/relacopaz/documents?q=plan`, {
			headers: { cookie: 'session=abc', 'accept-language': 'es' }
		});
		expect(afterChange.status).toBe(599);
	});
});

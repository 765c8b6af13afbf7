import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { ResponseCache } from './response-cache';

const noAudit = () => Promise.resolve();
const rendered = (response: Response) => ({ response, reads: [] });

function fakeFeed() {
	return { version: 1, live: true };
}

function page(body: string, init: ResponseInit = {}): Response {
	return new Response(body, {
		status: 200,
		...init,
		headers: { 'content-type': 'text/html', ...(init.headers as Record<string, string>) }
	});
}

function counter(body: () => string | Response) {
	let renders = 0;
	return {
		get renders() {
			return renders;
		},
		render: () => {
			renders++;
			const made = body();
			return Promise.resolve(rendered(typeof made === 'string' ? page(made) : made));
		}
	};
}

const get = (headers: Record<string, string> = {}) =>
	new Request('http://localhost/docs', { headers });

describe('ResponseCache', () => {
	it('serves the same reader a copy until the database changes', async () => {
		const feed = fakeFeed();
		const cache = new ResponseCache(feed, noAudit);
		let text = 'first';
		const work = counter(() => text);
		expect(await (await cache.respond(get(), ['/docs', 'es', 'u1'], work.render)).text()).toBe(
			'first'
		);
		text = 'second';
		expect(await (await cache.respond(get(), ['/docs', 'es', 'u1'], work.render)).text()).toBe(
			'first'
		);
		expect(work.renders).toBe(1);
		feed.version++;
		expect(await (await cache.respond(get(), ['/docs', 'es', 'u1'], work.render)).text()).toBe(
			'second'
		);
		expect(work.renders).toBe(2);
	});

	it('never serves one reader the copy made for another', async () => {
		const cache = new ResponseCache(fakeFeed(), noAudit);
		await cache.respond(get(), ['/docs', 'es', 'reader-a'], () =>
			Promise.resolve(rendered(page('for A')))
		);
		const forB = await cache.respond(get(), ['/docs', 'es', 'reader-b'], () =>
			Promise.resolve(rendered(page('for B')))
		);
		expect(await forB.text()).toBe('for B');
	});

	it('renders every time while the database cannot be heard', async () => {
		const feed = { version: 1, live: false };
		const cache = new ResponseCache(feed, noAudit);
		const work = counter(() => 'page');
		await cache.respond(get(), ['k'], work.render);
		await cache.respond(get(), ['k'], work.render);
		expect(work.renders).toBe(2);
	});

	it('renders afresh when the reader asks for no cached copy', async () => {
		const cache = new ResponseCache(fakeFeed(), noAudit);
		const work = counter(() => 'page');
		await cache.respond(get(), ['k'], work.render);
		await cache.respond(get({ 'cache-control': 'no-cache' }), ['k'], work.render);
		expect(work.renders).toBe(2);
	});

	it('keeps no error, no answer that sets a cookie and nothing that is not a page or data', async () => {
		const cache = new ResponseCache(fakeFeed(), noAudit);
		const answers = [
			() => page('missing', { status: 404 }),
			() => page('cookie', { headers: { 'set-cookie': 'a=b' } }),
			() => new Response('%PDF', { headers: { 'content-type': 'application/pdf' } })
		];
		for (const [index, make] of answers.entries()) {
			const work = counter(make);
			await cache.respond(get(), [`k${index}`], work.render);
			await cache.respond(get(), [`k${index}`], work.render);
			expect(work.renders).toBe(2);
		}
	});

	it('keeps no copy when the database changed while it was being made', async () => {
		const feed = fakeFeed();
		const cache = new ResponseCache(feed, noAudit);
		const work = counter(() => {
			feed.version++;
			return 'raced';
		});
		await cache.respond(get(), ['k'], work.render);
		await cache.respond(get(), ['k'], work.render);
		expect(work.renders).toBe(2);
	});

	it('lets concurrent identical reads share one rendering', async () => {
		const cache = new ResponseCache(fakeFeed(), noAudit);
		let release: () => void = () => {};
		const gate = new Promise<void>((resolve) => {
			release = resolve;
		});
		let renders = 0;
		const render = async () => {
			renders++;
			await gate;
			return rendered(page('shared'));
		};
		const answers = Promise.all([1, 2, 3].map(() => cache.respond(get(), ['k'], render)));
		release();
		const bodies = await Promise.all((await answers).map((r) => r.text()));
		expect(bodies).toEqual(['shared', 'shared', 'shared']);
		expect(renders).toBe(1);
	});

	it('answers a matching If-None-Match with 304 and no body', async () => {
		const cache = new ResponseCache(fakeFeed(), noAudit);
		const first = await cache.respond(get(), ['k'], () => Promise.resolve(rendered(page('body'))));
		const etag = first.headers.get('etag')!;
		expect(etag).toMatch(/^".+"$/);
		const second = await cache.respond(get({ 'if-none-match': etag }), ['k'], () =>
			Promise.reject(new Error('rendered again'))
		);
		expect(second.status).toBe(304);
		expect(await second.text()).toBe('');
		expect(second.headers.get('etag')).toBe(etag);
	});

	it('keeps no body larger than allowed, but still answers with it', async () => {
		const cache = new ResponseCache(fakeFeed(), noAudit, {
			maxBytes: 1000,
			maxEntryBytes: 10,
			ttlMs: 60_000
		});
		const work = counter(() => 'x'.repeat(50));
		expect((await (await cache.respond(get(), ['k'], work.render)).text()).length).toBe(50);
		await cache.respond(get(), ['k'], work.render);
		expect(work.renders).toBe(2);
	});

	it('audits every answer that shows restricted records, copies included', async () => {
		const audited: string[] = [];
		const cache = new ResponseCache(fakeFeed(), (reads) => {
			audited.push(...reads.map((r) => r.event.action));
			return Promise.resolve();
		});
		const render = () =>
			Promise.resolve({
				response: page('restricted list'),
				reads: [
					{
						actor: { userId: 'u', email: 'u@x', isAdmin: false, participant: null, role: null },
						event: { action: 'list', entityType: 'document' }
					}
				]
			});
		await cache.respond(get(), ['k'], render);
		await cache.respond(get(), ['k'], render);
		await cache.respond(get({ 'cache-control': 'no-cache' }), ['k'], render);
		expect(audited).toEqual(['list', 'list', 'list']);
	});

	it('sends nothing when the audit cannot be written', async () => {
		const cache = new ResponseCache(fakeFeed(), () => Promise.reject(new Error('disk full')));
		await expect(
			cache.respond(get(), ['k'], () => Promise.resolve(rendered(page('x'))))
		).rejects.toThrow('disk full');
	});

	it('sends the compressed copy to readers that accept it, with its own tag', async () => {
		const cache = new ResponseCache(fakeFeed(), noAudit);
		const text = '<p>fila</p>'.repeat(500);
		const render = () => Promise.resolve(rendered(page(text)));
		const plain = await cache.respond(get(), ['k'], render);
		expect(plain.headers.get('content-encoding')).toBeNull();
		const zipped = await cache.respond(get({ 'accept-encoding': 'gzip, br' }), ['k'], render);
		expect(zipped.headers.get('content-encoding')).toBe('gzip');
		expect(zipped.headers.get('vary')).toContain('Accept-Encoding');
		const bytes = new Uint8Array(await zipped.arrayBuffer());
		expect(bytes.byteLength).toBeLessThan(text.length / 10);
		expect(gunzipSync(bytes).toString()).toBe(text);
		expect(zipped.headers.get('etag')).not.toBe(plain.headers.get('etag'));
		const refused = await cache.respond(get({ 'accept-encoding': 'gzip;q=0' }), ['k'], render);
		expect(refused.headers.get('content-encoding')).toBeNull();
	});
});

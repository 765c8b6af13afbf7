import { describe, expect, it } from 'vitest';
import { answerConditionally } from './conditional-get';

const tagged = (etag = '"abc"') =>
	new Response('body', { status: 200, headers: { etag, 'content-type': 'text/plain' } });
const get = (ifNoneMatch?: string, method = 'GET') =>
	new Request('http://x.test/a', {
		method,
		headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {}
	});

describe('answerConditionally', () => {
	it('answers 304 with the validators when the tag matches', async () => {
		const answer = answerConditionally(get('"abc"'), tagged());
		expect(answer.status).toBe(304);
		expect(answer.headers.get('etag')).toBe('"abc"');
		expect(await answer.text()).toBe('');
	});

	it('compares weakly and accepts lists and *', () => {
		expect(answerConditionally(get('W/"abc"'), tagged()).status).toBe(304);
		expect(answerConditionally(get('"zzz", "abc"'), tagged('W/"abc"')).status).toBe(304);
		expect(answerConditionally(get('*'), tagged()).status).toBe(304);
	});

	it('sends the answer when the tag differs, is absent, or the request writes', () => {
		expect(answerConditionally(get('"old"'), tagged()).status).toBe(200);
		expect(answerConditionally(get(), tagged()).status).toBe(200);
		expect(answerConditionally(get('"abc"', 'POST'), tagged()).status).toBe(200);
		const untagged = new Response('x', { status: 200 });
		expect(answerConditionally(get('"abc"'), untagged).status).toBe(200);
	});

	it('never turns an error into 304', () => {
		const failed = new Response('x', { status: 404, headers: { etag: '"abc"' } });
		expect(answerConditionally(get('"abc"'), failed).status).toBe(404);
	});
});

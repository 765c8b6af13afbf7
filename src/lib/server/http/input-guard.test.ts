import { describe, expect, it } from 'vitest';
import { addressFault, bodyFault, hasForbiddenCharacter, maxTextBodyBytes } from './input-guard';

const url = (path: string) => new URL(path, 'http://app.test');

describe('hasForbiddenCharacter', () => {
	it.each([
		'\u0000',
		'a\u0001',
		'\u001f',
		'\ufffe',
		'\uffff',
		'\ufdd0',
		'\ud800',
		'x\udc00',
		'\ud83f\udffe'
	])('finds %j', (text) => expect(hasForbiddenCharacter(text)).toBe(true));

	it.each(['', 'línea\ncon\ttab\r\n', 'operação', '日本語', '😀', '\u00a0', 'ﬁ'])(
		'lets %j through',
		(text) => expect(hasForbiddenCharacter(text)).toBe(false)
	);
});

describe('addressFault', () => {
	it.each([
		['/networks/%00', 'bad_characters'],
		['/a?q=%00', 'bad_characters'],
		['/a?q%00=1', 'bad_characters'],
		['/a?q=%EF%BF%BF', 'bad_characters'],
		['/api/v1/%E0%A4%A', 'bad_path'],
		['/a?q=%ZZ', 'bad_query'],
		['/a?q=%ED%A0%80', 'bad_query']
	])('%s is %s', (path, fault) => expect(addressFault(url(path))).toBe(fault));

	it.each(['/', '/a?q=operaci%C3%B3n&x=1+2', '/networks/relacopaz/calendar.ics'])(
		'%s is fine',
		(path) => expect(addressFault(url(path))).toBeNull()
	);
});

describe('bodyFault', () => {
	const post = (type: string, body: BodyInit) =>
		new Request('http://app.test/x', { method: 'POST', headers: { 'content-type': type }, body });

	it('finds NUL in every kind of text body, keys included', async () => {
		expect(await bodyFault(post('application/x-www-form-urlencoded', 'a=%00'))).toBe(
			'bad_characters'
		);
		expect(await bodyFault(post('application/json', '{"a":["\\u0000"]}'))).toBe('bad_characters');
		expect(await bodyFault(post('application/json', '{"\\u0000":1}'))).toBe('bad_characters');
		const form = new FormData();
		form.set('title', 'a\u0000');
		expect(await bodyFault(new Request('http://app.test/x', { method: 'POST', body: form }))).toBe(
			'bad_characters'
		);
	});

	it('refuses text bodies over the limit, but not uploads, binaries or broken JSON', async () => {
		expect(
			await bodyFault(
				post('application/x-www-form-urlencoded', 'a='.padEnd(maxTextBodyBytes + 1, 'x'))
			)
		).toBe('too_large');
		expect(await bodyFault(post('application/pdf', new Uint8Array([0, 1, 2])))).toBeNull();
		expect(await bodyFault(post('application/json', '{"a":'))).toBeNull();
	});

	it('leaves the body for the route to read', async () => {
		const request = post('application/json', '{"a":"b"}');
		expect(await bodyFault(request)).toBeNull();
		expect(await request.json()).toEqual({ a: 'b' });
	});
});

import { describe, expect, it } from 'vitest';
import './api-language';
import { getLocale } from '$lib/paraglide/runtime';
import { withRequestLocale } from './request-locale';

const request = (path: string, headers: Record<string, string> = {}) =>
	new Request(`http://localhost${path}`, { headers });

async function localeOf(req: Request) {
	return withRequestLocale(req, (locale) => Promise.resolve({ locale, current: getLocale() }));
}

describe('withRequestLocale', () => {
	it('follows the language cookie', async () => {
		expect(await localeOf(request('/', { cookie: 'PARAGLIDE_LOCALE=pt' }))).toEqual({
			locale: 'pt',
			current: 'pt'
		});
	});

	it('keeps pages in Spanish until a language is chosen, whatever the browser asks', async () => {
		expect(await localeOf(request('/statistics', { 'accept-language': 'fr' }))).toEqual({
			locale: 'es',
			current: 'es'
		});
	});

	it('answers API clients without the cookie in their Accept-Language', async () => {
		expect(
			await localeOf(request('/api/v1/networks', { 'accept-language': 'en-GB,en;q=0.9' }))
		).toEqual({ locale: 'en', current: 'en' });
	});
});

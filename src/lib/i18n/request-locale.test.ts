import { describe, expect, it } from 'vitest';
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

	it('opens a first visit in the language the browser asks for', async () => {
		// A French-speaking visitor from Haiti.
		expect(
			await localeOf(request('/statistics', { 'accept-language': 'fr-HT,ht;q=0.9,en;q=0.5' }))
		).toEqual({ locale: 'fr', current: 'fr' });
		expect(await localeOf(request('/', { 'accept-language': 'pt-BR,pt;q=0.9' }))).toEqual({
			locale: 'pt',
			current: 'pt'
		});
	});

	it('prefers the chosen language to what the browser asks for', async () => {
		expect(
			await localeOf(
				request('/statistics', { 'accept-language': 'fr', cookie: 'PARAGLIDE_LOCALE=en' })
			)
		).toEqual({ locale: 'en', current: 'en' });
	});

	it('falls back to Spanish for a language the platform does not speak', async () => {
		expect(await localeOf(request('/', { 'accept-language': 'de-DE,ja;q=0.5' }))).toEqual({
			locale: 'es',
			current: 'es'
		});
		expect(await localeOf(request('/'))).toEqual({ locale: 'es', current: 'es' });
	});

	it('answers API clients without the cookie in their Accept-Language', async () => {
		expect(
			await localeOf(request('/api/v1/networks', { 'accept-language': 'en-GB,en;q=0.9' }))
		).toEqual({ locale: 'en', current: 'en' });
	});
});

import { defineCustomServerStrategy, extractLocaleFromHeader } from '$lib/paraglide/runtime';

/**
 * Pages open in Spanish until the visitor picks a language (the cookie). Machine clients of the
 * API have no cookie, so their errors follow Accept-Language.
 */
defineCustomServerStrategy('custom-apiLanguage', {
	getLocale: (request) => {
		if (!request || !new URL(request.url).pathname.startsWith('/api/')) return undefined;
		return request.headers.has('accept-language') ? extractLocaleFromHeader(request) : undefined;
	}
});

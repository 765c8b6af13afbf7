import { error, type RequestEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { problem } from '../api/http';
import { wantsProblemJson } from './input-refusal';

const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const writing = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The framework's cross-site form check, done here instead (it is switched off in
 * svelte.config.js) so that the API answers it in problem+json like every other refusal: a form
 * a browser may send from another site without asking first is refused unless it comes from our
 * own origin.
 */
export function crossSiteRefusal(event: Pick<RequestEvent, 'url' | 'request'>): Response | null {
	const { request, url } = event;
	if (!writing.has(request.method)) return null;
	const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
	if (!formTypes.includes(type)) return null;
	if (request.headers.get('origin') === url.origin) return null;
	const message = translate('sec_cross_site');
	if (wantsProblemJson(event)) return problem(403, translate('error_forbidden'), message);
	error(403, message);
}

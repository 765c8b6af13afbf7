import type { RequestEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { problem } from '../api/http';

const titles: Record<number, string> = {
	400: 'sec_bad_request',
	401: 'error_unauthenticated',
	403: 'error_forbidden',
	404: 'error_not_found',
	413: 'error_payload_too_large',
	429: 'error_too_many'
};

/**
 * API routes answer their own errors in problem+json; the framework's own answers (no such
 * route, no such method, its error page) do not. They are rewritten here so that a client of the
 * API always gets the one error format its description promises.
 */
export function asApiProblem(event: Pick<RequestEvent, 'url'>, response: Response): Response {
	if (response.status < 400) return response;
	if (!event.url.pathname.startsWith('/api/')) return response;
	if ((response.headers.get('content-type') ?? '').startsWith('application/problem+json')) {
		return response;
	}
	const title = translate(
		titles[response.status] ?? (response.status >= 500 ? 'error_internal' : 'sec_bad_request')
	);
	const answer = problem(response.status, title);
	const allow = response.headers.get('allow');
	if (allow) answer.headers.set('allow', allow);
	return answer;
}

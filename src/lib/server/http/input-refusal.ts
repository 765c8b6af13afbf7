import { error, type RequestEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { problem } from '../api/http';
import { addressFault, bodyFault, type InputFault } from './input-guard';

const status: Record<InputFault, number> = {
	bad_path: 400,
	bad_query: 400,
	bad_characters: 400,
	too_large: 413
};

const detail: Record<InputFault, string> = {
	bad_path: 'sec_bad_request',
	bad_query: 'sec_bad_request',
	bad_characters: 'sec_bad_characters',
	too_large: 'error_payload_too_large'
};

/** Whether the answer to this request is for a program (problem+json) rather than a browser. */
export function wantsProblemJson(event: Pick<RequestEvent, 'url' | 'request'>): boolean {
	if (event.url.pathname === '/api' || event.url.pathname.startsWith('/api/')) return true;
	return !(event.request.headers.get('accept') ?? '').includes('text/html');
}

/**
 * Checks the address and the body of a request once, before any route sees them. Programs get
 * problem+json; browsers get the error page (the error is thrown for the framework to render).
 */
export async function inputRefusal(
	event: Pick<RequestEvent, 'url' | 'request'>
): Promise<Response | null> {
	const fault = addressFault(event.url) ?? (await bodyFault(event.request));
	if (!fault) return null;
	const message = translate(detail[fault]);
	if (wantsProblemJson(event)) return problem(status[fault], translate('sec_bad_request'), message);
	error(status[fault], message);
}

import type { RequestEvent } from '@sveltejs/kit';

/** The client's address for throttling; a fixed key if the server cannot tell it. */
export function clientAddress(event: Pick<RequestEvent, 'getClientAddress'>): string {
	try {
		return event.getClientAddress() || 'unknown';
	} catch {
		return 'unknown';
	}
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { readKey, type ResponseCache } from './response-cache';

/** Where the production server (scripts/server.js) finds the fast path once the runtime is up. */
export const fastReadsKey = Symbol.for('relacopaz.fastReads');

export type FastReads = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/**
 * Answers a read from a kept copy before the request reaches the framework, which would otherwise
 * spend most of a kept answer's time building web Request and Response objects. Only copies the
 * framework made for the very same inputs are served (the key is made from the raw request, as
 * the hook makes it); anything else, and every API token (their use is recorded), goes on to the
 * framework. Resolves to false when the request was not answered.
 */
export function createFastReads(cache: ResponseCache): FastReads {
	return async (request, response) => {
		if (request.method !== 'GET' || request.headers.authorization || !request.url) return false;
		let pathAndQuery: string;
		try {
			const url = new URL(request.url, 'http://localhost');
			pathAndQuery = url.pathname + url.search;
		} catch {
			return false;
		}
		const reader = {
			pathAndQuery,
			header: (name: string) => {
				const value = request.headers[name];
				return Array.isArray(value) ? value.join(', ') : (value ?? null);
			}
		};
		const stored = cache.lookUp(reader, readKey(reader));
		if (!stored) return false;
		const chosen = await cache.serveStored(reader, stored);
		const headers: Record<string, string> = {};
		chosen.headers.forEach((value, name) => {
			headers[name] = value;
		});
		response.writeHead(chosen.status, headers);
		response.end(chosen.body ?? undefined);
		return true;
	};
}

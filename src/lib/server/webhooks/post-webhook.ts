import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { parseWebhookUrl, resolvePublicAddresses, UnsafeAddressError } from './address-safety';

/** A receiver has this long to answer; the standard asks receivers to answer quickly. */
export const deliveryTimeoutMs = 10_000;

export type PostOutcome =
	{ ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

/**
 * Sends one delivery. The host name is resolved and checked here, and the connection made to the
 * very addresses checked, so a name that turns private between the check and the call (DNS
 * rebinding) is still refused. Redirects are not followed: a 3xx is a failed attempt.
 */
export async function postWebhook(
	rawUrl: string,
	headers: Record<string, string>,
	body: string,
	options: { allowPrivate?: boolean; timeoutMs?: number } = {}
): Promise<PostOutcome> {
	let url: URL;
	let addresses: { address: string; family: 4 | 6 }[];
	try {
		url = parseWebhookUrl(rawUrl, options.allowPrivate);
		addresses = await resolvePublicAddresses(url.hostname, options);
	} catch (error) {
		if (error instanceof UnsafeAddressError) {
			return { ok: false, statusCode: null, error: refusalText[error.messageKey] ?? 'refused' };
		}
		throw error;
	}
	const lookup: LookupFunction = (_host, lookupOptions, callback) => {
		const wanted = lookupOptions.family === 4 || lookupOptions.family === 6;
		const usable = wanted ? addresses.filter((a) => a.family === lookupOptions.family) : addresses;
		if (lookupOptions.all) {
			callback(null, usable);
			return;
		}
		const first = usable[0];
		if (!first) callback(new Error('no address of the family asked for'), '', 0);
		else callback(null, first.address, first.family);
	};
	const transport = url.protocol === 'https:' ? https : http;
	const timeoutMs = options.timeoutMs ?? deliveryTimeoutMs;
	return new Promise<PostOutcome>((resolve) => {
		const request = transport.request(
			url,
			{
				method: 'POST',
				lookup,
				timeout: timeoutMs,
				headers: {
					...headers,
					'content-type': 'application/json',
					'content-length': String(Buffer.byteLength(body)),
					'user-agent': 'RELACOPAZ-Webhooks/1'
				}
			},
			(response) => {
				const statusCode = response.statusCode ?? 0;
				// The answer's body is not needed: read and dropped, so the socket is freed.
				response.resume();
				response.on('end', () => {
					if (statusCode >= 200 && statusCode < 300) resolve({ ok: true, statusCode });
					else resolve({ ok: false, statusCode, error: `HTTP ${statusCode}` });
				});
				response.on('error', (error) => resolve({ ok: false, statusCode, error: error.message }));
			}
		);
		const deadline = setTimeout(() => request.destroy(new Error('timed out')), timeoutMs);
		request.on('timeout', () => request.destroy(new Error('timed out')));
		request.on('error', (error) => resolve({ ok: false, statusCode: null, error: error.message }));
		request.on('close', () => clearTimeout(deadline));
		request.end(body);
	});
}

/** What the delivery log says of a refused address (an operator reads it, in English). */
const refusalText: Record<string, string> = {
	webhooks_err_url: 'the address is not a valid URL',
	webhooks_err_https: 'the address is not https',
	webhooks_err_credentials: 'the address carries credentials',
	webhooks_err_unresolved: 'the host name does not resolve',
	webhooks_err_private: 'the host name resolves to a private address'
};

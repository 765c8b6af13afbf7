import { webcrypto } from 'node:crypto';

/**
 * The verify step of the Standard Webhooks specification, written apart from the platform's
 * signing code (on WebCrypto rather than node:crypto's HMAC) so that the tests check the platform
 * against the specification, not against itself: decode the `whsec_` secret, sign
 * `{id}.{timestamp}.{body}` with HMAC-SHA256, and accept if any `v1,` entry of the signature
 * header matches and the timestamp is within the tolerance.
 */
export async function verifyStandardWebhook(
	secret: string,
	headers: Record<string, string | string[] | undefined>,
	body: string,
	nowSeconds = Math.floor(Date.now() / 1000),
	toleranceSeconds = 5 * 60
): Promise<boolean> {
	const header = (name: string) => {
		const value = headers[name];
		return Array.isArray(value) ? value[0] : value;
	};
	const id = header('webhook-id');
	const timestamp = header('webhook-timestamp');
	const signatures = header('webhook-signature');
	if (!id || !timestamp || !signatures || !/^\d+$/.test(timestamp)) return false;
	if (Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return false;
	if (!secret.startsWith('whsec_')) return false;
	const key = await webcrypto.subtle.importKey(
		'raw',
		Buffer.from(secret.slice('whsec_'.length), 'base64'),
		{ name: 'HMAC', hash: 'SHA-256' },
		false,
		['verify']
	);
	const content = new TextEncoder().encode(`${id}.${timestamp}.${body}`);
	for (const entry of signatures.split(' ')) {
		const [version, encoded] = entry.split(',');
		if (version !== 'v1' || !encoded) continue;
		// subtle.verify compares in constant time.
		if (await webcrypto.subtle.verify('HMAC', key, Buffer.from(encoded, 'base64'), content)) {
			return true;
		}
	}
	return false;
}

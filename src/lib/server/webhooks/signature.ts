import { createHmac, randomBytes } from 'node:crypto';

/**
 * Signing as the Standard Webhooks specification describes it: the secret is `whsec_` and base64
 * key bytes; the signed content is `{webhook-id}.{webhook-timestamp}.{body}`; the signature is
 * `v1,` and the base64 HMAC-SHA256 of it. Receivers verify with any library of the standard.
 */
const secretPrefix = 'whsec_';

/** A new signing secret: 32 random bytes. */
export function newWebhookSecret(): string {
	return `${secretPrefix}${randomBytes(32).toString('base64')}`;
}

export function signWebhook(
	secret: string,
	messageId: string,
	timestampSeconds: number,
	body: string
): string {
	const key = Buffer.from(secret.slice(secretPrefix.length), 'base64');
	const mac = createHmac('sha256', key)
		.update(`${messageId}.${timestampSeconds}.${body}`)
		.digest('base64');
	return `v1,${mac}`;
}

/** The three headers a delivery carries besides its content type. */
export function webhookHeaders(
	secret: string,
	messageId: string,
	at: Date,
	body: string
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
	const timestamp = Math.floor(at.getTime() / 1000);
	return {
		'webhook-id': messageId,
		'webhook-timestamp': String(timestamp),
		'webhook-signature': signWebhook(secret, messageId, timestamp, body)
	};
}

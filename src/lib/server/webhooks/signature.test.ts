import { describe, expect, it } from 'vitest';
import { verifyStandardWebhook } from '../../../../tests/integration/support/verify-webhook';
import { newWebhookSecret, signWebhook, webhookHeaders } from './signature';

// The specification's published example: any implementation of the standard yields this.
const vector = {
	secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
	id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
	timestamp: 1614265330,
	body: '{"test": 2432232314}',
	signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE='
};

describe('webhook signatures', () => {
	it('match the Standard Webhooks example', () => {
		expect(signWebhook(vector.secret, vector.id, vector.timestamp, vector.body)).toBe(
			vector.signature
		);
	});

	it('pass the specification’s verify step, and fail it once anything changes', async () => {
		const secret = newWebhookSecret();
		expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
		const at = new Date();
		const now = Math.floor(at.getTime() / 1000);
		const body = '{"type":"document.created"}';
		const headers = webhookHeaders(secret, 'msg-1', at, body);
		expect(headers['webhook-timestamp']).toBe(String(now));
		expect(await verifyStandardWebhook(secret, headers, body, now)).toBe(true);
		expect(await verifyStandardWebhook(secret, headers, `${body} `, now)).toBe(false);
		expect(await verifyStandardWebhook(newWebhookSecret(), headers, body, now)).toBe(false);
		expect(
			await verifyStandardWebhook(secret, { ...headers, 'webhook-id': 'msg-2' }, body, now)
		).toBe(false);
		// An old delivery replayed later is refused by the timestamp check.
		expect(await verifyStandardWebhook(secret, headers, body, now + 3600)).toBe(false);
	});
});

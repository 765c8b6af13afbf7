import { describe, expect, it } from 'vitest';
import { withSecurityHeaders } from './security-headers';

describe('withSecurityHeaders', () => {
	it('sends Strict-Transport-Security only for an https origin', () => {
		const secure = withSecurityHeaders(new Response('x'), 'https://relacopaz.example');
		expect(secure.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
		const plain = withSecurityHeaders(new Response('x'), 'http://localhost:3000');
		expect(plain.headers.get('strict-transport-security')).toBeNull();
	});

	it('gives answers without a policy of their own one that allows nothing, not even framing', () => {
		const answer = withSecurityHeaders(new Response('{}'), 'http://localhost:3000');
		expect(answer.headers.get('content-security-policy')).toBe(
			"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
		);
		expect(answer.headers.get('referrer-policy')).toBe('same-origin');
		expect(answer.headers.get('permissions-policy')).toContain('geolocation=()');
		expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it("keeps a page's own policy, and copies answers whose headers cannot change", () => {
		const page = new Response('<p>', {
			headers: { 'content-security-policy': "script-src 'nonce-abc'" }
		});
		expect(withSecurityHeaders(page, 'http://x').headers.get('content-security-policy')).toBe(
			"script-src 'nonce-abc'"
		);
		const redirect = withSecurityHeaders(Response.redirect('http://x/a', 303), 'http://x');
		expect(redirect.status).toBe(303);
		expect(redirect.headers.get('x-content-type-options')).toBe('nosniff');
	});
});

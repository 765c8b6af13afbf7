import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './safe-redirect';

describe('safeRedirectTarget', () => {
	it('keeps paths on this site', () => {
		expect(safeRedirectTarget('/account')).toBe('/account');
		expect(safeRedirectTarget('/networks/x/documents?q=a#top')).toBe(
			'/networks/x/documents?q=a#top'
		);
	});

	it.each([
		'https://evil.example/',
		'//evil.example/path',
		'/\\evil.example',
		'\\\\evil.example',
		'javascript:alert(1)',
		'account',
		'/\tevil',
		'',
		undefined,
		42
	])('refuses %s', (next) => {
		expect(safeRedirectTarget(next)).toBe('/');
	});
});

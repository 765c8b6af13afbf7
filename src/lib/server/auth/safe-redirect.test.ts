import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './safe-redirect';

/** Targets that must never leave the site, whatever the browser does with them. */
const offSitePayloads: unknown[] = [
	'https://evil.example/',
	'http:evil.example',
	'//evil.example/path',
	'///evil.example/path',
	'/.//evil.example/phish',
	'/..//evil.example/phish',
	'/%2e//evil.example',
	'/%2E//evil.example',
	'/%2e%2e//evil.example',
	'/a/..//evil.example',
	'/a/b/../..//evil.example',
	'/././/evil.example',
	'/%2e%2e/%2e%2e//evil.example',
	'/\\evil.example',
	'\\\\evil.example',
	'/\\/evil.example',
	'javascript:alert(1)',
	'JaVaScRiPt:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'account',
	'evil.example',
	'/\tevil',
	'/\t/evil.example',
	'/\n/evil.example',
	'/\r\n/evil.example',
	'/\u0000/evil.example',
	'',
	'x'.repeat(2001),
	undefined,
	null,
	42
];

describe('safeRedirectTarget', () => {
	it('keeps paths on this site', () => {
		expect(safeRedirectTarget('/account')).toBe('/account');
		expect(safeRedirectTarget('/networks/x/documents?q=a#top')).toBe(
			'/networks/x/documents?q=a#top'
		);
		expect(safeRedirectTarget('/a/../account')).toBe('/account');
		expect(safeRedirectTarget('/search?next=//evil.example')).toBe('/search?next=//evil.example');
	});

	it.each(offSitePayloads)('refuses %j', (next) => {
		const target = safeRedirectTarget(next);
		expect(target).toBe('/');
	});

	it.each(offSitePayloads.filter((p): p is string => typeof p === 'string'))(
		'never answers a target a browser reads as another host: %j',
		(next) => {
			const target = safeRedirectTarget(next);
			expect(new URL(target, 'https://relacopaz.example').host).toBe('relacopaz.example');
		}
	);
});

import { describe, expect, it } from 'vitest';
import {
	checkWebhookUrl,
	isPrivateAddress,
	parseWebhookUrl,
	resolvePublicAddresses
} from './address-safety';

const refused = [
	'0.0.0.0',
	'10.1.2.3',
	'100.64.0.1',
	'127.0.0.1',
	'127.255.255.254',
	'169.254.169.254',
	'172.16.0.1',
	'172.31.255.255',
	'192.168.1.1',
	'192.0.2.10',
	'198.18.0.1',
	'224.0.0.1',
	'239.255.255.250',
	'255.255.255.255',
	'::',
	'::1',
	'::ffff:127.0.0.1',
	'::ffff:7f00:1',
	'::ffff:a9fe:a9fe',
	'0:0:0:0:0:ffff:10.0.0.1',
	'::127.0.0.1',
	'64:ff9b::10.0.0.1',
	'2002:c0a8:0101::1',
	'fc00::1',
	'fd12:3456:789a::1',
	'fe80::1',
	'fe80::1%eth0',
	'fec0::1',
	'ff02::1',
	'2001:db8::1',
	'[::1]',
	'not-an-address'
];
const allowed = [
	'8.8.8.8',
	'1.1.1.1',
	'172.32.0.1',
	'100.128.0.1',
	'2606:4700:4700::1111',
	'::ffff:8.8.8.8',
	'64:ff9b::8.8.8.8',
	'2a00:1450:4001::200e'
];

describe('webhook address safety', () => {
	it.each(refused)('refuses %s', (address) => expect(isPrivateAddress(address)).toBe(true));
	it.each(allowed)('accepts %s', (address) => expect(isPrivateAddress(address)).toBe(false));

	it('asks for https, and refuses credentials, unless private networks are allowed', () => {
		expect(() => parseWebhookUrl('http://example.org/hook', false)).toThrow('webhooks_err_https');
		expect(parseWebhookUrl('http://example.org/hook', true).protocol).toBe('http:');
		expect(() => parseWebhookUrl('ftp://example.org/', true)).toThrow('webhooks_err_https');
		expect(() => parseWebhookUrl('https://user:pw@example.org/', false)).toThrow(
			'webhooks_err_credentials'
		);
		expect(() => parseWebhookUrl('not a url', false)).toThrow('webhooks_err_url');
	});

	it('refuses a name when any of its addresses is private', async () => {
		const resolve = async () => [
			{ address: '93.184.216.34', family: 4 as const },
			{ address: '10.0.0.5', family: 4 as const }
		];
		await expect(
			checkWebhookUrl('https://rebind.example/hook', { allowPrivate: false, resolve })
		).rejects.toThrow('webhooks_err_private');
		await expect(
			checkWebhookUrl('https://rebind.example/hook', { allowPrivate: true, resolve })
		).resolves.toBeInstanceOf(URL);
	});

	it('refuses literal private addresses and names that do not resolve', async () => {
		await expect(
			checkWebhookUrl('https://[::ffff:169.254.169.254]/latest', { allowPrivate: false })
		).rejects.toThrow('webhooks_err_private');
		await expect(
			resolvePublicAddresses('nowhere.invalid', {
				allowPrivate: false,
				resolve: () => Promise.reject(new Error('ENOTFOUND'))
			})
		).rejects.toThrow('webhooks_err_unresolved');
		await expect(resolvePublicAddresses('203.0.113.9', { allowPrivate: false })).rejects.toThrow(
			'webhooks_err_private'
		);
	});
});

import { expect, test } from '@playwright/test';

const expected = {
	es: {
		members: 'Miembros',
		presidency: 'Presidencia Pro Tempore',
		network: 'Red Latinoamericana'
	},
	en: { members: 'Members', presidency: 'Pro Tempore Presidency', network: 'Latin American' },
	pt: {
		members: 'Membros',
		presidency: 'Presidência Pro Tempore',
		network: 'Rede Latino-Americana'
	},
	fr: {
		members: 'Membres',
		presidency: 'Présidence pro tempore',
		network: 'Réseau latino-américain'
	}
} as const;

test('the home page shows the network, its participants and the Presidency in Spanish by default', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('RELACOPAZ');
	await expect(page.getByRole('heading', { name: /Miembros \(\d+\)/ })).toBeVisible();
	// Other journeys may admit observers in this shared database; the 2023 four are always there.
	await expect(page.getByRole('heading', { name: /Observadores \(\d+\)/ })).toBeVisible();
	const observers = page.locator('section[aria-labelledby="observers-heading"]');
	for (const name of ['España', 'India', 'Pakistán', 'China']) {
		await expect(observers).toContainText(name);
	}
	await expect(page.getByRole('heading', { name: 'Socios (2)' })).toBeVisible();
	await expect(page.locator('#presidency-heading + p strong')).toHaveText('Paraguay');
});

for (const [locale, text] of Object.entries(expected)) {
	test(`switching the language to ${locale} works without JavaScript`, async ({
		browser
	}, info) => {
		const context = await browser.newContext({ javaScriptEnabled: false, locale: 'es-ES' });
		const page = await context.newPage();
		await page.goto('/');
		await page.locator('#locale-select').selectOption(locale);
		await page.locator('form[action="/language"] button').click();
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(text.network);
		await expect(
			page.getByRole('heading', { name: new RegExp(`^${text.members} \\(\\d+\\)`) })
		).toBeVisible();
		await expect(page.getByRole('heading', { name: text.presidency })).toBeVisible();
		const shot = await page.screenshot({ fullPage: false });
		await info.attach(`home-${locale}.png`, { body: shot, contentType: 'image/png' });
		expect(shot.byteLength).toBeGreaterThan(10_000);
		await context.close();
	});
}

test('a first visit opens in the language the browser asks for, until the visitor chooses', async ({
	browser
}) => {
	// A French-speaking visitor from Haiti.
	const context = await browser.newContext({ locale: 'fr-HT', javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { name: /Membres \(\d+\)/ })).toBeVisible();
	await page.locator('#locale-select').selectOption('pt');
	await page.locator('form[action="/language"] button').click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
	await page.goto('/statistics');
	await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
	await context.close();
});

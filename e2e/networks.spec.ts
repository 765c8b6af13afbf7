import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { accounts } from './fixtures';

async function expectAccessibleAndNarrow(page: Page, label: string) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
		label
	).toEqual([]);
	const wide = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(wide, `${label} is ${wide} px wide`).toBeLessThanOrEqual(390);
}

test('an administrator creates a network with two members, and the open data page lists the datasets', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const { networksAdmin, password } = accounts();
	// A phone's width: the administration must fit it too. axe runs in the page, so JavaScript stays on.
	const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
	const page = await context.newPage();

	await page.goto('/login');
	await page.locator('input[name="email"]').fill(networksAdmin);
	await page.locator('input[name="password"]').fill(password);
	await page.locator('form:has(input[name="password"]) button[type="submit"]').click();
	await expect(page).toHaveURL(/\/account\/two-factor/);
	const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
	const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
	await page.locator('input[name="code"]').fill(totp.generate());
	await page.locator('form:has(input[name="code"]) button[type="submit"]').click();

	await page.goto('/admin');
	await page.locator('a[href="/admin/networks"]').click();
	await expect(page).toHaveURL(/\/admin\/networks$/);
	await expect(page.locator('a[href="/admin/networks/relacopaz"]')).toBeVisible();
	await expectAccessibleAndNarrow(page, 'the networks page');

	const slug = `red-andina-${Date.now().toString(36)}`;
	const create = page.locator('form[action="?/create"]');
	// A name in one language only is refused, with the sentence next to the names.
	await create.locator('input[name="slug"]').fill(slug);
	await create.locator('input[name="acronym"]').fill('REDAND');
	await create.locator('input[name="name_es"]').fill('Red Andina de Operaciones de Paz');
	await create.locator('select[name="region"]').selectOption('005');
	await create.locator('select[name="defaultLanguage"]').selectOption('es');
	await create.locator('select[name="timeZone"]').selectOption('America/Lima');
	await create.locator('button[type="submit"]').click();
	await expect(page.locator('#name-error')).toBeVisible();
	await expect(page.locator('input[name="slug"]')).toHaveValue(slug);

	await page.locator('input[name="name_en"]').fill('Andean Peace Operations Network');
	await page.locator('input[name="name_pt"]').fill('Rede Andina de Operações de Paz');
	await page.locator('input[name="name_fr"]').fill('Réseau andin des opérations de paix');
	await page.locator('form[action="?/create"] button[type="submit"]').click();
	await expect(page).toHaveURL(new RegExp(`/admin/networks/${slug}$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText('REDAND');

	for (const country of ['PER', 'BOL']) {
		const form = page.locator('form[action="?/participant"]');
		await form.locator('select[name="kind"]').selectOption('country');
		await form.locator('select[name="countryCode"]').selectOption(country);
		await form.locator('select[name="status"]').selectOption('member');
		await form.locator('input[name="ministry_es"]').fill('Ministerio de Defensa');
		await form.locator('button[type="submit"]').click();
		await expect(page.locator('[role="status"]')).toBeVisible();
	}
	const rows = page.locator('#participants-section tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.filter({ hasText: 'PER' })).toContainText('Perú');
	await expect(rows.filter({ hasText: 'BOL' })).toContainText('Bolivia');
	await expectAccessibleAndNarrow(page, 'the network’s registry');

	// The new network's public page names its two members.
	await page.goto(`/networks/${slug}`);
	await expect(page.locator('main')).toContainText('Perú');
	await expect(page.locator('main')).toContainText('Bolivia');

	await page.goto('/open-data');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectAccessibleAndNarrow(page, 'the open data page');
	const main = page.locator('main');
	await expect(main.locator('a[href^="/statistics/download"]')).toBeVisible();
	await expect(
		main.locator('a[href="/api/v1/statistics/contributions?groupBy=country"]')
	).toBeVisible();
	await expect(main.locator('a[href="/networks/relacopaz/calendar.ics"]')).toBeVisible();
	await expect(main.locator('a[href$="/export.pdf"]').first()).toBeVisible();
	await expect(main.locator('a[href$="/export.txt"]').first()).toBeVisible();
	await expect(
		main.locator('a[href="/api/v1/networks/relacopaz/documents?level=public"]')
	).toBeVisible();
	const catalog = await page.request.get('/api/v1/catalog');
	expect(catalog.headers()['content-type']).toContain('application/ld+json');
	expect((await catalog.json())['@type']).toBe('dcat:Catalog');
	await context.close();
});

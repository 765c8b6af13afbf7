import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn, accounts } from './fixtures';

async function expectNoViolations(page: Page, path: string) {
	const response = await page.goto(path);
	expect(response?.status(), path).toBeLessThan(400);
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`
	);
	expect(summary, path).toEqual([]);
}

const publicPages = [
	'/',
	'/networks/relacopaz',
	'/networks/relacopaz/documents',
	'/networks/relacopaz/cooperation',
	'/open-data',
	'/networks/relacopaz/training',
	'/networks/relacopaz/library',
	'/networks/relacopaz/library?q=paz',
	'/login',
	'/forgot-password'
];

test('public pages have no accessibility violations', async ({ page }) => {
	// A walk over many pages, each scanned in full: the limit is per walk, not per page.
	test.setTimeout(120_000);
	for (const path of publicPages) await expectNoViolations(page, path);
	await page.goto('/networks/relacopaz/documents');
	const first = page.locator('main a[href*="/documents/"]').first();
	await expectNoViolations(page, (await first.getAttribute('href'))!);
});

test('signed-in pages have no accessibility violations', async ({ page }) => {
	// Five pages, each analysed in full: longer than one page's default on a busy machine.
	test.setTimeout(90_000);
	await signIn(page, accounts().users.argFocal.email);
	for (const path of [
		'/account',
		'/people',
		'/networks/relacopaz/documents/new',
		'/networks/relacopaz/cooperation/requests/new',
		'/networks/relacopaz/cooperation/offers/new',
		'/networks/relacopaz/training/centres/new',
		'/networks/relacopaz/training/nominations',
		'/networks/relacopaz/pledges/new',
		'/networks/relacopaz/combined-contingents'
	]) {
		await expectNoViolations(page, path);
	}
});

// In a test of their own: the map's page is large, and the walk above has its own time budget.
test('situation and mission pages have no accessibility violations', async ({ page }) => {
	// A walk over many pages, each scanned in full: the limit is per walk, not per page.
	test.setTimeout(120_000);
	for (const path of [
		'/networks/relacopaz/situation-notes',
		'/networks/relacopaz/missions',
		'/networks/relacopaz/missions/UNIFIL'
	]) {
		await expectNoViolations(page, path);
	}
	await signIn(page, accounts().users.argEditor.email);
	for (const path of [
		'/networks/relacopaz/situation-notes/new',
		'/networks/relacopaz/situation-notes?mission=UNIFIL'
	]) {
		await expectNoViolations(page, path);
	}
});

test('the webhooks page has no accessibility violations', async ({ page }) => {
	await signIn(page, accounts().users.argFocal.email);
	await expectNoViolations(page, '/networks/relacopaz/webhooks');
});

test('a document page with a translation request form has no accessibility violations', async ({
	page
}) => {
	await signIn(page, accounts().users.braFocal.email);
	await page.goto('/networks/relacopaz/library?q=paz');
	const first = page.locator('main ol a[href*="/documents/"]').first();
	await expectNoViolations(page, (await first.getAttribute('href'))!);
});

test('error pages have no accessibility violations', async ({ page }) => {
	await page.goto('/networks/relacopaz/documents/00000000-0000-0000-0000-000000000000');
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('barrier assessment pages have no accessibility violations', async ({ page }) => {
	// A walk over many pages, each scanned in full: the limit is per walk, not per page.
	test.setTimeout(120_000);
	await signIn(page, accounts().users.argFocal.email);
	for (const path of [
		'/networks/relacopaz/barriers',
		'/networks/relacopaz/barriers/new',
		'/networks/relacopaz/barriers/over-time',
		'/networks/relacopaz/barriers/regional'
	]) {
		await expectNoViolations(page, path);
	}
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { accounts, signIn } from './fixtures';

const widths = [1280, 390] as const;

const publicPages = [
	'/',
	'/networks/relacopaz',
	'/networks/relacopaz/documents',
	'/networks/relacopaz/governance',
	'/networks/relacopaz/decisions',
	'/networks/relacopaz/declarations',
	'/networks/relacopaz/calendar',
	'/networks/relacopaz/calendar?view=month',
	'/networks/relacopaz/cooperation',
	'/networks/relacopaz/pledges',
	'/networks/relacopaz/combined-contingents',
	'/statistics',
	'/statistics/map',
	'/statistics/countries/URY',
	'/statistics/missions/UNIFIL',
	'/networks/relacopaz/situation-notes',
	'/networks/relacopaz/missions',
	'/networks/relacopaz/missions/UNIFIL',
	'/open-data',
	'/networks/relacopaz/training',
	'/networks/relacopaz/barriers',
	'/networks/relacopaz/barriers/regional',
	'/networks/relacopaz/library',
	'/networks/relacopaz/library?q=paz',
	'/login',
	'/forgot-password'
];

const memberPages = [
	'/',
	'/account',
	'/account/calendar-feed',
	'/people',
	'/networks/relacopaz/documents/new',
	'/networks/relacopaz/calendar/new',
	'/networks/relacopaz/reports',
	'/networks/relacopaz/cooperation',
	'/networks/relacopaz/cooperation/requests/new',
	'/networks/relacopaz/cooperation/offers/new',
	'/networks/relacopaz/pledges',
	'/networks/relacopaz/pledges/new',
	'/networks/relacopaz/pledges/summary',
	'/networks/relacopaz/pledges/gaps',
	'/networks/relacopaz/combined-contingents',
	'/networks/relacopaz/situation-notes/new',
	'/networks/relacopaz/situation-notes?mission=UNIFIL&country=LBN',
	'/networks/relacopaz/webhooks',
	'/networks/relacopaz/training/centres/new',
	'/networks/relacopaz/training/nominations',
	'/networks/relacopaz/barriers',
	'/networks/relacopaz/barriers/new',
	'/networks/relacopaz/barriers/over-time'
];

const presidencyPages = [
	'/',
	'/networks/relacopaz/decisions/new',
	'/networks/relacopaz/governance',
	'/networks/relacopaz/declarations',
	'/networks/relacopaz/reports/new',
	'/networks/relacopaz/calendar/new',
	'/networks/relacopaz/pledges/gaps',
	'/networks/relacopaz/missions/UNIFIL/edit'
];

/** What a page must be at every width: no axe violation, and never wider than the screen. */
async function expectFits(page: Page, path: string, width: number) {
	const response = await page.goto(path);
	expect(response?.status(), path).toBeLessThan(400);
	const results = await new AxeBuilder({ page }).analyze();
	// Soft: one run lists every page's problems, not only the first.
	expect
		.soft(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
			`${path} at ${width} px`
		)
		.toEqual([]);
	const wide = await page.evaluate(() => document.documentElement.scrollWidth);
	expect.soft(wide, `${path} is ${wide} px wide at ${width} px`).toBeLessThanOrEqual(width);
	// The header's visible parts, grouped by the line they sit on.
	const rows = await page.evaluate(() => {
		const tops = [...document.querySelectorAll('header.site .bar > *')]
			.map((e) => e.getBoundingClientRect())
			.filter((r) => r.width > 0 && r.height > 0)
			.map((r) => Math.round(r.top + r.height / 2));
		return tops.filter((t, i) => tops.findIndex((u) => Math.abs(u - t) < 12) === i).length;
	});
	expect
		.soft(rows, `header rows of ${path} at ${width} px`)
		.toBeLessThanOrEqual(width > 400 ? 1 : 2);
}

async function visitAll(browser: Browser, pages: string[], email: string | null) {
	for (const width of widths) {
		const context = await browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		if (email) await signIn(page, email);
		for (const path of pages) await expectFits(page, path, width);
		await context.close();
	}
}

test('every public page fits 1280 and 390 px without accessibility violations', async ({
	browser
}) => {
	test.setTimeout(240_000);
	await visitAll(browser, publicPages, null);
});

test('a member’s pages fit 1280 and 390 px without accessibility violations', async ({
	browser
}) => {
	test.setTimeout(240_000);
	await visitAll(browser, memberPages, accounts().users.argFocal.email);
});

test('the Presidency’s pages fit 1280 and 390 px without accessibility violations', async ({
	browser
}) => {
	test.setTimeout(240_000);
	await visitAll(browser, presidencyPages, accounts().users.pryFocal.email);
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';

async function expectNoViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
}

/** Long tables are folded behind “show all”; a reader opens them. */
async function openTables(page: Page) {
	await page
		.locator('main details')
		.evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

/** A table as the page shows it: the header labels, then each cell's value. */
async function tableOnPage(page: Page, id: string): Promise<string[][]> {
	await openTables(page);
	const table = page.locator(`#table-${id}`);
	const header = await table.locator('thead th').allInnerTexts();
	const rows = await table
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.dataset.value ?? ''))
		);
	return [header.map((h) => h.trim()), ...rows];
}

async function csvOf(page: Page, id: string): Promise<string[][]> {
	const href = await page
		.locator(`a[href*="table=${id}"][href*="format=csv"]`)
		.first()
		.getAttribute('href');
	const response = await page.request.get(href!);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('text/csv');
	expect(response.headers()['etag']).toBeTruthy();
	return parse(await response.text()) as string[][];
}

test('the network overview shows real figures, accessibly', async ({ page }) => {
	const response = await page.goto('/statistics');
	expect(response?.status()).toBe(200);
	expect(response?.headers()['etag']).toBeTruthy();
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.locator('#table-personnel tbody tr')).toHaveCount(68);
	// A missing month is a gap: an empty cell, never a zero.
	const june2020 = page.locator('#table-personnel tbody tr', { hasText: 'junio de 2020' });
	await expect(june2020.locator('td').nth(1)).toHaveAttribute('data-value', '');
	await expect(page.locator('svg[role="img"] desc').first()).not.toBeEmpty();
	await expectNoViolations(page);
	expect(await csvOf(page, 'by-type')).toEqual(await tableOnPage(page, 'by-type'));
});

test('a country profile, and its CSV download matching the table', async ({ page }) => {
	await page.goto('/statistics');
	await openTables(page);
	await page.locator('#table-by-country a', { hasText: 'Uruguay' }).click();
	await expect(page).toHaveURL(/\/statistics\/countries\/URY/);
	await expect(page.locator('h1')).toHaveText('Uruguay');
	await expectNoViolations(page);
	for (const id of ['by-mission', 'categories', 'personnel']) {
		const shown = await tableOnPage(page, id);
		expect(shown.length, id).toBeGreaterThan(1);
		expect(await csvOf(page, id), id).toEqual(shown);
	}
	const json = await page.request.get(
		(await page
			.locator('a[href*="table=by-mission"][href*="format=json"]')
			.first()
			.getAttribute('href'))!
	);
	const body = (await json.json()) as { table: { rows: unknown[] } };
	expect(body.table.rows.length).toBe((await tableOnPage(page, 'by-mission')).length - 1);
});

test('the deployment map and a mission view render without JavaScript', async ({ page }) => {
	await page.goto('/statistics/map');
	await openTables(page);
	await expect(page.locator('figure.stats-map svg path.land').first()).toBeVisible();
	expect(await page.locator('figure.stats-map circle').count()).toBeGreaterThan(3);
	await expectNoViolations(page);
	await page.locator('#table-missions a').first().click();
	await expect(page).toHaveURL(/\/statistics\/missions\//);
	await expectNoViolations(page);
});

test('the statistics API answers with exact sums and validators', async ({ request }) => {
	const months = await request.get('/api/v1/statistics/months');
	const list = (await months.json()) as { missing: { month: string }[]; latest: string };
	expect(list.missing.map((m) => m.month)).toEqual(['2020-06', '2022-07', '2023-09']);
	const answer = await request.get('/api/v1/statistics/contributions?month=2019-12&groupBy=type');
	const body = (await answer.json()) as { totals: { total: number } };
	expect(body.totals.total).toBe(83331);
	const etag = answer.headers()['etag']!;
	const again = await request.get('/api/v1/statistics/contributions?month=2019-12&groupBy=type', {
		headers: { 'if-none-match': etag }
	});
	expect(again.status()).toBe(304);
});

import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { accounts, nextWholeMinute, signIn, signOut, wallClock } from './fixtures';

const network = '/networks/relacopaz';

/** axe runs inside the page, so it is checked in the run with JavaScript. */
async function expectAccessible(page: Page, javaScript: boolean): Promise<void> {
	if (!javaScript) return;
	const results = await new AxeBuilder({ page }).analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`
	);
	expect(summary, page.url()).toEqual([]);
}

/**
 * A full observer admission: the Presidency (Paraguay) opens the decision, a member signatory
 * concurs, an observer may read but not answer, and at the deadline the candidate becomes an
 * observer. The deadline is the next whole minute; the page is reloaded until the outcome shows.
 */
async function admitObserver(
	page: Page,
	code: string,
	name: string,
	javaScript: boolean
): Promise<void> {
	const users = accounts().users;
	await signIn(page, users.pryFocal.email);
	await page.goto(`${network}/governance`);
	await expect(page.locator('#current-presidency')).toContainText('Paraguay');
	await expectAccessible(page, javaScript);

	await page.goto(`${network}/decisions`);
	await page.locator(`a[href="${network}/decisions/new"]`).click();
	await expectAccessible(page, javaScript);
	await page.locator('#kind').selectOption('admit_observer');
	await page.locator('#title-es').fill(`Admisión de ${name} como observador`);
	await page.locator('#text-es').fill(`Se propone admitir a ${name} como observador de la red.`);
	// The zone offered first is the Presidency's country's; the deadline is read in the one chosen.
	await expect(page.locator('#zone')).toHaveValue('America/Asuncion');
	const deadline = wallClock(nextWholeMinute(20), 'America/Asuncion');
	await page.locator('#deadline-date').fill(deadline.date);
	await page.locator('#deadline-time').fill(deadline.time);
	// The candidate is chosen by its name in the interface language; current participants are not offered.
	await expect(page.locator('#candidateCode option[value="ARG"]')).toHaveCount(0);
	await page.locator('#candidateCode').selectOption({ label: name });
	await page.locator('main form button[type="submit"]').click();
	await expect(page).toHaveURL(new RegExp(`${network}/decisions/[0-9a-f-]{36}$`));
	const decisionUrl = page.url();
	await expect(page.locator('#decision-status')).toHaveAttribute('data-status', 'open');
	await expectAccessible(page, javaScript);
	await signOut(page);

	await signIn(page, users.braFocal.email);
	await page.goto(decisionUrl);
	await page.locator('input[name="position"][value="concur"]').check();
	await page.locator('#comment').fill('Brasil concurre.');
	await page.locator('form[action="?/position"] button[type="submit"]').click();
	await expect(page.locator('p.notice[role="status"]')).toBeVisible();
	await expect(page.locator('table:not(#roster)')).toContainText('Brasil concurre.');
	await expectAccessible(page, javaScript);
	await signOut(page);

	await signIn(page, users.espObserver.email);
	await page.goto(decisionUrl);
	await expect(page.locator('h1')).toContainText(name);
	await expect(page.locator('form[action="?/position"]')).toHaveCount(0);

	await expect
		.poll(
			async () => {
				await page.goto(decisionUrl);
				return page.locator('#decision-status').getAttribute('data-status');
			},
			{ timeout: 120_000, intervals: [1000] }
		)
		.toBe('adopted');
	await expect(page.locator('main')).toContainText(code);
	// Reading shows the outcome at once; the settling pass that follows the deadline admits the
	// observer (within the regular pass, at most a minute later).
	await expect
		.poll(
			async () => {
				const response = await page.request.get(`/api/v1${network}/participants`);
				const participants = (await response.json()) as {
					items: { code: string; status: string }[];
				};
				return participants.items.find((p) => p.code === code)?.status;
			},
			{ timeout: 90_000, intervals: [1000] }
		)
		.toBe('observer');
	await signOut(page);
}

test.describe('observer admission without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the Presidency admits an observer by silence procedure', async ({ page }) => {
		test.setTimeout(240_000);
		await admitObserver(page, 'NZL', 'Nueva Zelanda', false);
	});
});

test.describe('observer admission with JavaScript', () => {
	test('the Presidency admits an observer by silence procedure', async ({ page }) => {
		test.setTimeout(240_000);
		await admitObserver(page, 'IRL', 'Irlanda', true);
	});

	test('an observer cannot take a position through the API', async ({ request }) => {
		const { tokens } = accounts();
		const list = await request.get(`/api/v1${network}/decisions`, {
			headers: { authorization: `Bearer ${tokens.espObserver}` }
		});
		expect(list.status()).toBe(200);
		const { items } = (await list.json()) as { items: { id: string }[] };
		expect(items.length).toBeGreaterThan(0);
		const attempt = await request.post(`/api/v1${network}/decisions/${items[0]!.id}/positions`, {
			headers: { authorization: `Bearer ${tokens.espObserver}` },
			data: { position: 'object', comment: '' }
		});
		expect(attempt.status()).toBe(403);
		expect(attempt.headers()['content-type']).toContain('application/problem+json');
	});
});

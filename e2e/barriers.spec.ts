import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { accounts, signIn } from './fixtures';

const base = '/networks/relacopaz/barriers';
const areas = [
	'eligible_pool',
	'deployment_criteria',
	'deployment_selection',
	'household_constraints',
	'peace_operations_infrastructure',
	'peace_operations_experiences',
	'career_value',
	'top_down_leadership',
	'gender_roles',
	'social_exclusion'
];

async function signedIn(browser: Browser, email: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, email);
	return { page, close: () => context.close() };
}

/** No axe violation, and no wider than a 390 px screen. */
async function expectFitsNarrow(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
	await page.setViewportSize({ width: 390, height: 900 });
	const wide = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(wide).toBeLessThanOrEqual(390);
	await page.setViewportSize({ width: 1280, height: 900 });
}

/** One anonymous answer through the public link, in a browser that never signed in. */
async function answer(page: Page, link: string, gender: string, level: number) {
	await page.goto(link);
	await page.locator(`input[name="gender"][value="${gender}"]`).check();
	for (const area of areas) await page.locator(`input[name="${area}"][value="${level}"]`).check();
	await page.locator('main form[action="?/answer"] button[type="submit"]').click();
	await expect(page.locator('main [role="status"]')).toBeVisible();
}

test('a member drafts an assessment, ten anonymous answers arrive, it publishes to members, and another member sees it in the regional view', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const { users } = accounts();
	const author = await signedIn(browser, users.argEditor.email);
	const page = author.page;

	await page.goto(`${base}/new`);
	await page.locator('input[name="year"]').fill('2026');
	await page.locator('select[name="scope"]').selectOption('armed_forces');
	await page.locator('input[name="level"][value="members"]').check();
	await page.locator('main form[action="?/save"] button[type="submit"]').click();
	await expect(page.locator('#area-eligible_pool')).toBeVisible();
	const assessmentUrl = page.url();
	await expectFitsNarrow(page);

	await page.goto(`${assessmentUrl}/survey`);
	await page.locator('main form[action="?/open"] button').click();
	const link = await page.locator('#survey-link').inputValue();
	expect(link).toContain('/surveys/');

	const anonymous = await browser.newContext();
	const respondent = await anonymous.newPage();
	await respondent.goto(link);
	await expect(respondent.locator('form[action="/logout"]')).toHaveCount(0);
	await expectFitsNarrow(respondent);
	for (let i = 0; i < 9; i++)
		await answer(respondent, link, i % 2 === 0 ? 'woman' : 'man', (i % 5) + 1);

	await page.goto(`${assessmentUrl}/survey`);
	await expect(page.locator('#results-heading + [role="status"]')).toContainText('9');
	await expect(page.locator('#group-all')).toHaveCount(0);

	await answer(respondent, link, 'undisclosed', 4);
	await anonymous.close();
	await page.goto(`${assessmentUrl}/survey`);
	await expect(page.locator('#group-all')).toBeVisible();
	await expect(page.locator('#group-woman')).toHaveCount(0);
	await expectFitsNarrow(page);

	await page.goto(assessmentUrl);
	const pool = page.locator('#area-eligible_pool');
	await pool.locator('input[name="fact_women"]').fill('40');
	await pool.locator('input[name="fact_total"]').fill('1000');
	await pool.locator('button[type="submit"]').click();
	await expect(page.locator('#area-eligible_pool [role="status"]')).toBeVisible();
	for (const area of areas) {
		const section = page.locator(`#area-${area}`);
		await section
			.locator('select[name="finding"]')
			.selectOption(area === 'household_constraints' ? 'major_barrier' : 'opportunity');
		await section.locator('textarea[name="evidence"]').fill(`Evidence on ${area}`);
		await section.locator('button[type="submit"]').click();
		await expect(page.locator(`#area-${area} [role="status"]`)).toBeVisible();
	}

	await page.goto(`${assessmentUrl}/recommendations`);
	await page.locator('select[name="area"]').selectOption('household_constraints');
	await page
		.locator('textarea[name="text"]')
		.fill('Open a childcare allowance for deployed personnel');
	await page.locator('select[name="priority"]').selectOption('high');
	await page.locator('input[name="responsible"]').fill('Dirección de Personal');
	await page.locator('#add input[name="dueOn"]').fill('2027-03-31');
	await page.locator('main form[action="?/add#add"] button[type="submit"]').click();
	await expect(page.locator('main')).toContainText(
		'Open a childcare allowance for deployed personnel'
	);
	await expectFitsNarrow(page);

	await page.goto(assessmentUrl);
	await page.locator('select[name="status"]').selectOption('published');
	await page.locator('main form[action="?/update"] button[type="submit"]').click();
	await expect(page.locator('#status-heading ~ [role="status"]')).toBeVisible();
	await author.close();

	const member = await signedIn(browser, users.braFocal.email);
	await member.page.goto(`${base}/regional?year=2026`);
	const row = member.page.locator('main table tbody tr', { hasText: /./ }).nth(3);
	await expect(row.locator('td').first()).toHaveText('1');
	await expectFitsNarrow(member.page);
	await member.page.goto(assessmentUrl);
	await expect(member.page.locator('#area-household_constraints')).toBeVisible();
	await expect(member.page.locator('main form[action^="?/area"]')).toHaveCount(0);
	await member.close();

	const observer = await signedIn(browser, users.espObserver.email);
	expect((await observer.page.goto(assessmentUrl))?.status()).toBe(404);
	await observer.page.goto(`${base}/regional?year=2026`);
	await expect(observer.page.locator('main table')).toHaveCount(0);
	await observer.close();
});

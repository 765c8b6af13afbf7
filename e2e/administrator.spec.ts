import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { accounts } from './fixtures';

async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
}

function codeFor(secret: string, offsetSteps = 0): string {
	const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret.replace(/\s+/g, '')) });
	return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

test('an administrator must enrol a second factor, then uses it at every sign-in', async ({
	browser
}) => {
	const { admin, password } = accounts();
	// axe runs in the page, so this context keeps JavaScript on; the pages ship none of their own.
	const context = await browser.newContext();
	const page = await context.newPage();

	await page.goto('/login');
	await page.locator('input[name="email"]').fill(admin);
	await page.locator('input[name="password"]').fill(password);
	await page.locator('form:has(input[name="password"]) button[type="submit"]').click();
	await expect(page).toHaveURL(/\/account\/two-factor/);
	await expectAccessible(page);

	// Nothing else is reachable before enrolment.
	await page.goto('/admin/outbox');
	await expect(page).toHaveURL(/\/account\/two-factor/);

	const secret = (await page.getByTestId('totp-secret').innerText()).trim();
	await page.locator('input[name="code"]').fill(codeFor(secret));
	await page.locator('form:has(input[name="code"]) button[type="submit"]').click();
	await page.goto('/admin/outbox');
	await expect(page).toHaveURL(/\/admin\/outbox/);
	await expectAccessible(page);
	await page.goto('/admin');
	await expectAccessible(page);

	await page.locator('form[action="/logout"] button').click();
	await page.goto('/login');
	await page.locator('input[name="email"]').fill(admin);
	await page.locator('input[name="password"]').fill(password);
	await page.locator('form:has(input[name="password"]) button[type="submit"]').click();
	await expect(page).toHaveURL(/\/login\/two-factor/);
	await expectAccessible(page);
	// The code just used at enrolment may not be replayed; the next time step's code is fresh.
	await page.locator('input[name="code"]').fill(codeFor(secret, 1));
	await page.locator('form:has(input[name="code"]) button[type="submit"]').click();
	await expect(page.locator('form[action="/logout"]')).toBeVisible();
	await page.goto('/people');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectAccessible(page);
	await context.close();
});

test('failed sign-ins are throttled with a clear message', async ({ page }) => {
	const email = 'nobody-throttle@e2e.test';
	let status = 0;
	// After three failures each further try must wait longer; tries come faster than that.
	for (let attempt = 0; attempt < 10 && status !== 429; attempt++) {
		await page.goto('/login');
		await page.locator('input[name="email"]').fill(email);
		await page.locator('input[name="password"]').fill('wrong-password-123');
		const [response] = await Promise.all([
			page.waitForResponse((r) => r.url().includes('/login') && r.request().method() === 'POST'),
			page.locator('form:has(input[name="password"]) button[type="submit"]').click()
		]);
		status = response.status();
	}
	expect(status).toBe(429);
	await expect(page.locator('main')).toContainText(/intentos/i);
});

import { expect, test } from '@playwright/test';
import { accounts, signIn } from './fixtures';

test('after sign-in the home page is the desk, and the Presidency sees its board', async ({
	page
}) => {
	const { users } = accounts();
	await page.goto('/');
	await expect(page.locator('#desk-decisions')).toHaveCount(0);

	await signIn(page, users.argFocal.email);
	await page.goto('/');
	await expect(page.locator('#desk-decisions')).toBeVisible();
	await expect(page.locator('#desk-reports')).toBeVisible();
	await expect(page.locator('#desk-events')).toBeVisible();
	await expect(page.locator('#desk-presidency')).toHaveCount(0);
	await expect(page.locator('main a[href="/networks/relacopaz"]')).toBeVisible();

	const api = await page.request.get('/api/v1/me/desk');
	expect(api.status()).toBe(200);
	const desk = (await api.json()) as { participant: { code: string } };
	expect(desk.participant.code).toBe('ARG');

	await page.context().clearCookies();
	await signIn(page, users.pryFocal.email);
	await page.goto('/');
	await expect(page.locator('#desk-presidency')).toBeVisible();
});

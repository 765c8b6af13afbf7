import { expect, test, type Page } from '@playwright/test';
import { accounts, nextWholeMinute, signIn, wallClock } from './fixtures';

const network = '/networks/relacopaz';

/** The Presidency (Paraguay) opens a decision through its form; answers its address. */
async function openDecision(page: Page, title: string, deadline: Date): Promise<string> {
	await page.goto(`${network}/decisions/new`);
	await page.locator('#title-es').fill(title);
	await page.locator('#text-es').fill('Propuesta que los miembros responden desde su escritorio.');
	const zone = await page.locator('#zone').inputValue();
	const typed = wallClock(deadline, zone);
	await page.locator('#deadline-date').fill(typed.date);
	await page.locator('#deadline-time').fill(typed.time);
	await page.locator('main form button[type="submit"]').click();
	await expect(page).toHaveURL(new RegExp(`${network}/decisions/[0-9a-f-]{36}$`));
	return new URL(page.url()).pathname;
}

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

test('a decision the Presidency opens waits on a member’s desk until the member answers', async ({
	page
}) => {
	const { users } = accounts();
	const title = `Decisión para el escritorio ${Date.now()}`;
	// A week ahead, so that it is still open whatever else runs.
	const deadline = nextWholeMinute(7 * 24 * 3600);

	await signIn(page, users.pryFocal.email);
	const decisionPath = await openDecision(page, title, deadline);
	// The Presidency sees it among the decisions it opened.
	await page.goto('/');
	await expect(page.locator('section:has(#desk-presidency)')).toContainText(title);

	await page.context().clearCookies();
	await signIn(page, users.argFocal.email);
	await page.goto('/');
	const item = page.locator('section:has(#desk-decisions) li', { hasText: title });
	await expect(item).toHaveCount(1);
	await expect(item.locator(`a[href="${decisionPath}"]`)).toBeVisible();
	// The account names no zone, so the deadline is shown in UTC, and says so.
	const when = new Intl.DateTimeFormat('es', {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'UTC',
		timeZoneName: 'short'
	}).format(deadline);
	await expect(item).toContainText(when);
	await expect(item).toContainText('UTC');
	await expect(item).toContainText('Aún sin respuesta');

	const listed = async () => {
		const response = await page.request.get('/api/v1/me/desk');
		const body = (await response.json()) as {
			decisions: { href: string; answered: boolean; deadline: string }[];
		};
		return body.decisions.find((d) => d.href === decisionPath);
	};
	const before = await listed();
	expect(before?.answered).toBe(false);
	expect(new Date(before!.deadline).getTime()).toBe(deadline.getTime());

	await item.locator('a').click();
	await page.locator('input[name="position"][value="concur"]').check();
	await page.locator('form[action="?/position"] button[type="submit"]').click();
	await expect(page.locator('p.notice[role="status"]')).toBeVisible();

	await page.goto('/');
	await expect(item).toContainText('Respondida');
	await expect(item).not.toContainText('Aún sin respuesta');
	expect((await listed())?.answered).toBe(true);
});

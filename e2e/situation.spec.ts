import { expect, test, type Browser, type Page } from '@playwright/test';
import { accounts, signIn } from './fixtures';

/** The smallest PNG there is: a 1×1 transparent pixel. */
const tinyPng = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
	'base64'
);

const mission = '/networks/relacopaz/missions/UNIFIL';

/** Follows UNIFIL from its page, unless the account already does. */
async function followUnifil(page: Page) {
	await page.goto(mission);
	const follow = page.locator('form[action="?/follow"] button');
	if ((await follow.count()) > 0) {
		await follow.click();
		await expect(page.locator('form[action="?/unfollow"] button')).toBeVisible();
	}
}

/** Makes the account's private feed address for UNIFIL and reads the feed through it. */
async function privateFeed(page: Page): Promise<string> {
	await page.goto(mission);
	await page.locator('form[action="?/feed"] button').click();
	const url = await page.locator('#feed-url').inputValue();
	expect(url).toContain('/notes.atom?token=');
	const response = await page.request.get(url);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/atom+xml');
	return response.text();
}

async function signedIn(browser: Browser, email: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, email);
	return { page, close: () => context.close() };
}

test('a member posts a warning on a mission: a member who follows it sees it on the desk and in the feed, an observer does not', async ({
	browser,
	request
}) => {
	const { users } = accounts();
	const title = `Ruta costera cortada ${Date.now()}`;
	const follower = await signedIn(browser, users.braFocal.email);
	const observer = await signedIn(browser, users.espObserver.email);
	await followUnifil(follower.page);
	await followUnifil(observer.page);

	const writer = await signedIn(browser, users.argEditor.email);
	await writer.page.goto('/networks/relacopaz/situation-notes/new?mission=UNIFIL');
	await expect(writer.page.locator('select[name="mission"]')).toHaveValue('UNIFIL');
	await writer.page.locator('input[name="title_es"]').fill(title);
	await writer.page.locator('select[name="severity"]').selectOption('warning');
	await writer.page.locator('select[name="category"]').selectOption('security');
	await writer.page.locator('select[name="countryCode"]').selectOption('LBN');
	await writer.page.locator('input[name="placeName"]').fill('Naqoura');
	await writer.page.locator('input[name="observedAtDate"]').fill('2026-03-01');
	await writer.page.locator('input[name="observedAtTime"]').fill('08:30');
	await writer.page.locator('select[name="timeZone"]').selectOption('Asia/Beirut');
	await writer.page.locator('textarea[name="body_es"]').fill('Los convoyes deben tomar la ruta 1.');
	await writer.page.locator('input[name="level"][value="members"]').check();
	await writer.page
		.locator('input[name="attachments"]')
		.setInputFiles({ name: 'puente.png', mimeType: 'image/png', buffer: tinyPng });
	await writer.page.locator('main form[action="?/save"] button[type="submit"]').click();
	await expect(writer.page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(writer.page.locator('main')).toContainText('Asia/Beirut');
	const noteUrl = writer.page.url();
	const photo = writer.page.locator('#attachments ~ ul a', { hasText: 'puente.png' });
	const photoUrl = new URL((await photo.getAttribute('href'))!, noteUrl).href;

	await follower.page.goto('/');
	await expect(follower.page.locator('#desk-situation').locator('..')).toContainText(title);
	expect(await privateFeed(follower.page)).toContain(title);
	const download = await follower.page.request.get(photoUrl);
	expect(download.status()).toBe(200);
	expect(download.headers()['content-type']).toBe('image/png');
	expect(Buffer.from(await download.body()).equals(tinyPng)).toBe(true);
	await follower.page.goto('/networks/relacopaz/missions');
	await expect(follower.page.locator('main table').first().locator('..')).toBeVisible();
	await expect(follower.page.locator(`main svg a[aria-label*="${title}"]`)).toHaveCount(1);
	await expect(follower.page.locator('main table a', { hasText: title })).toHaveCount(1);

	await observer.page.goto('/');
	await expect(observer.page.locator('#desk-situation')).toBeVisible();
	await expect(observer.page.locator('main')).not.toContainText(title);
	expect(await privateFeed(observer.page)).not.toContain(title);
	expect((await observer.page.goto(noteUrl))?.status()).toBe(404);
	expect((await observer.page.request.get(photoUrl)).status()).toBe(404);
	await observer.page.goto('/networks/relacopaz/missions');
	await expect(observer.page.locator('main')).not.toContainText(title);

	const open = await request.get(`${mission}/notes.atom`);
	expect(open.status()).toBe(200);
	expect(await open.text()).not.toContain(title);

	// Closing keeps the note, with its versions, on its page.
	await writer.page.goto(noteUrl);
	await writer.page.locator('form[action="?/close"] button').click();
	await expect(writer.page.locator('main')).toContainText(title);
	await expect(writer.page.locator('#versions ~ * tbody tr, #versions + * tbody tr')).toHaveCount(
		2
	);

	await Promise.all([follower.close(), observer.close(), writer.close()]);
});

test('a note form with mistakes answers next to each field and keeps what was typed', async ({
	page
}) => {
	const { users } = accounts();
	await signIn(page, users.argEditor.email);
	await page.goto('/networks/relacopaz/situation-notes/new');
	await page.locator('input[name="title_en"]').fill('Half a place');
	await page.locator('select[name="countryCode"]').selectOption('CAF');
	await page.locator('input[name="observedAtDate"]').fill('2026-03-01');
	await page.locator('input[name="observedAtTime"]').fill('09:00');
	await page.locator('select[name="timeZone"]').selectOption('Africa/Bangui');
	await page.locator('input[name="latitude"]').fill('4,36');
	await page.locator('main form[action="?/save"] button[type="submit"]').click();
	await expect(page.locator('#sit-longitude-error')).toBeVisible();
	await expect(page.locator('#sit-latitude-error')).toHaveCount(0);
	await expect(page.locator('input[name="title_en"]')).toHaveValue('Half a place');
	await expect(page.locator('input[name="latitude"]')).toHaveValue('4,36');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a writer adds files to a note, a wrong file is explained, and a file is taken off', async ({
		page
	}) => {
		const { users } = accounts();
		await signIn(page, users.argEditor.email);
		await page.goto('/networks/relacopaz/situation-notes/new');
		const title = `Files without script ${Date.now()}`;
		await page.locator('input[name="title_en"]').fill(title);
		await page.locator('select[name="countryCode"]').selectOption('LBN');
		await page.locator('input[name="observedAtDate"]').fill('2026-03-02');
		await page.locator('input[name="observedAtTime"]').fill('10:00');
		await page.locator('select[name="timeZone"]').selectOption('Asia/Beirut');
		await page.locator('main form[action="?/save"] button[type="submit"]').click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

		const files = page.locator('input[name="attachments"]');
		await files.setInputFiles({
			name: 'map.png',
			mimeType: 'image/png',
			buffer: Buffer.from('<svg/>')
		});
		await page.locator('form[action="?/attach"] button[type="submit"]').click();
		await expect(page.locator('#note-attachments-error')).toBeVisible();

		await files.setInputFiles({ name: 'puente.png', mimeType: 'image/png', buffer: tinyPng });
		await page.locator('form[action="?/attach"] button[type="submit"]').click();
		const listed = page.locator('#attachments ~ ul a', { hasText: 'puente.png' });
		await expect(listed).toHaveCount(1);

		await page.locator('form[action="?/detach"] button[type="submit"]').click();
		await expect(listed).toHaveCount(0);
	});
});

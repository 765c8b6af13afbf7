import { expect, test, type Browser, type Page } from '@playwright/test';
import { accounts, signIn } from './fixtures';

async function createDocument(page: Page, title: string, level: string) {
	await page.goto('/networks/relacopaz/documents/new');
	await page.locator('input[name="title"]').fill(title);
	await page.locator('select[name="kind"]').selectOption('minutes');
	await page.locator('select[name="language"]').selectOption('es');
	await page.locator('textarea[name="body"]').fill(`# ${title}\n\nContenido **reservado**.`);
	await page.locator(`input[name="level"][value="${level}"]`).check();
	await page.locator('main form[method="POST"] button[type="submit"]').last().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	return page.url();
}

async function statusFor(
	browser: Browser,
	url: string,
	email: string | null,
	javaScriptEnabled = true
) {
	const context = await browser.newContext({ javaScriptEnabled });
	const page = await context.newPage();
	if (email) await signIn(page, email);
	const response = await page.goto(url);
	const status = response?.status();
	const text = await page.locator('main').innerText();
	await context.close();
	return { status, text };
}

test('an owner-only document is visible to its owner and a 404 to another member, an observer and the public', async ({
	page,
	browser
}) => {
	const { users } = accounts();
	const title = `Acta reservada ${Date.now()}`;
	await signIn(page, users.argEditor.email);
	const url = await createDocument(page, title, 'owner');
	await expect(page.locator('main')).toContainText('reservado');

	for (const email of [users.braFocal.email, users.espObserver.email, null]) {
		const seen = await statusFor(browser, url, email);
		expect(seen.status, `as ${email ?? 'anonymous'}`).toBe(404);
		expect(seen.text).not.toContain(title);
	}
	const owner = await statusFor(browser, url, users.argFocal.email);
	expect(owner.status).toBe(200);
	expect(owner.text).toContain(title);

	const list = await statusFor(browser, '/networks/relacopaz/documents', users.braFocal.email);
	expect(list.text).not.toContain(title);
});

test('a document released to members reaches members but not observers', async ({
	page,
	browser
}) => {
	const { users } = accounts();
	const title = `Informe para miembros ${Date.now()}`;
	await signIn(page, users.argEditor.email);
	const url = await createDocument(page, title, 'members');
	expect((await statusFor(browser, url, users.braFocal.email)).status).toBe(200);
	expect((await statusFor(browser, url, users.espObserver.email)).status).toBe(404);
});

test('narrowing a document hides it at once from a reader who has just seen it', async ({
	page,
	browser
}) => {
	const { users } = accounts();
	const title = `Informe que se restringe ${Date.now()}`;
	await signIn(page, users.argEditor.email);
	const url = await createDocument(page, title, 'members');
	const list = `/networks/relacopaz/documents?q=${encodeURIComponent(title)}`;

	const readerContext = await browser.newContext();
	const reader = await readerContext.newPage();
	await signIn(reader, users.braFocal.email);
	// Read twice, as a reader going back and forth would: nothing of it may outlive the change.
	for (let visit = 0; visit < 2; visit++) {
		expect((await reader.goto(url))?.status()).toBe(200);
		await reader.goto(list);
		await expect(reader.locator('main')).toContainText(title);
	}

	await page.goto(`${url}/edit`);
	await page.locator('input[name="level"][value="owner"]').check();
	await page.locator('main form[method="POST"] button[type="submit"]').last().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

	expect((await reader.goto(url))?.status()).toBe(404);
	await expect(reader.locator('main')).not.toContainText(title);
	await reader.goto(list);
	await expect(reader.locator('main')).not.toContainText(title);
	await readerContext.close();
});

test('the whole journey works without JavaScript', async ({ browser }) => {
	const { users } = accounts();
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, users.argEditor.email);
	const title = `Sin JavaScript ${Date.now()}`;
	const url = await createDocument(page, title, 'owner');

	await page.goto('/networks/relacopaz/documents/new');
	// Spaces pass the browser's `required` check, so the server's own validation answers.
	await page.locator('input[name="title"]').fill('   ');
	await page.locator('select[name="kind"]').selectOption('minutes');
	await page.locator('select[name="language"]').selectOption('es');
	await page.locator('textarea[name="body"]').fill('x');
	await page.locator('main form[method="POST"] button[type="submit"]').last().click();
	await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();

	await page.goto(`${url}/edit`);
	await page.locator('input[name="title"]').fill(`${title} (v2)`);
	await page.locator('main form[method="POST"] button[type="submit"]').last().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (v2)`);

	await page.goto(url);
	const confirm = page.locator('input[type="checkbox"][name="confirm"]');
	if (await confirm.count()) await confirm.check();
	await page.locator('form[action*="delete"] button[type="submit"]').click();
	expect((await page.goto(url))?.status()).toBe(404);
	await context.close();
	expect((await statusFor(browser, url, null, false)).status).toBe(404);
});

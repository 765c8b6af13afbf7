import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { verifyStandardWebhook } from '../tests/integration/support/verify-webhook';
import { accounts, signIn } from './fixtures';

/** The partner's system: a local receiver that keeps what it is sent. */
async function startReceiver() {
	const received: { headers: IncomingHttpHeaders; body: string }[] = [];
	const server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			received.push({ headers: request.headers, body: Buffer.concat(chunks).toString() });
			response.statusCode = 204;
			response.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		received,
		url: `http://127.0.0.1:${port}/relacopaz`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

async function signedIn(browser: Browser, email: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, email);
	return { page, close: () => context.close() };
}

async function publish(page: Page, title: string, level: string) {
	await page.goto('/networks/relacopaz/documents/new');
	await page.locator('input[name="title"]').fill(title);
	await page.locator('select[name="kind"]').selectOption('minutes');
	await page.locator('select[name="language"]').selectOption('es');
	await page.locator('textarea[name="body"]').fill(`# ${title}\n\nContenido.`);
	await page.locator(`input[name="level"][value="${level}"]`).check();
	await page.locator('main form[method="POST"] button[type="submit"]').last().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

async function expectNoViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
}

test('a member registers a webhook: of another member’s public and owner-only documents, only the public one arrives, signed', async ({
	browser
}) => {
	const { users } = accounts();
	const receiver = await startReceiver();
	const stamp = Date.now();
	const publicTitle = `Acta pública ${stamp}`;
	const ownerTitle = `Acta reservada ${stamp}`;

	const member = await signedIn(browser, users.braFocal.email);
	await member.page.goto('/networks/relacopaz/webhooks');
	await member.page.locator('input[name="url"]').fill(receiver.url);
	await member.page.locator('input[name="description"]').fill('Sistema de la misión');
	await member.page.locator('input[name="events"][value="document.created"]').check();
	await member.page.locator('main form[action="?/register"] button[type="submit"]').click();
	const secret = await member.page.locator('#webhook-secret').inputValue();
	expect(secret).toMatch(/^whsec_/);
	await expectNoViolations(member.page);
	// The secret is shown once: the list shows the webhook, never its secret again.
	await member.page.goto('/networks/relacopaz/webhooks');
	await expect(member.page.locator('main')).toContainText(receiver.url);
	expect(await member.page.content()).not.toContain(secret);

	const writer = await signedIn(browser, users.argEditor.email);
	// The owner-only document goes first: by the time the public one arrives, it has been weighed.
	await publish(writer.page, ownerTitle, 'owner');
	await publish(writer.page, publicTitle, 'public');

	await expect
		.poll(() => receiver.received.some((r) => r.body.includes(publicTitle)), { timeout: 20_000 })
		.toBe(true);
	expect(receiver.received.some((r) => r.body.includes(ownerTitle))).toBe(false);
	const delivery = receiver.received.find((r) => r.body.includes(publicTitle))!;
	expect(await verifyStandardWebhook(secret, delivery.headers, delivery.body)).toBe(true);
	expect(JSON.parse(delivery.body)).toMatchObject({
		type: 'document.created',
		data: {
			network: 'relacopaz',
			record: { title: publicTitle, releasability: { level: 'public' } }
		}
	});

	// The delivery log shows the one delivery, delivered.
	await member.page.goto('/networks/relacopaz/webhooks');
	await member.page.locator('main a', { hasText: receiver.url }).click();
	const row = member.page.locator('main tbody tr', {
		hasText: delivery.headers['webhook-id'] as string
	});
	await expect(row.locator('td[data-status="delivered"]')).toBeVisible();
	await expectNoViolations(member.page);

	await member.page.locator('main form[action="?/delete"] button').click();
	await expect(member.page).toHaveURL(/\/networks\/relacopaz\/webhooks$/);
	await expect(member.page.locator('main')).not.toContainText(receiver.url);

	await writer.close();
	await member.close();
	await receiver.close();
});

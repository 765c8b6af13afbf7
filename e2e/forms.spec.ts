import { expect, test, type Page } from '@playwright/test';
import { accounts, signIn } from './fixtures';

/** Schema vocabulary a person must never read next to a field. */
const schemaSyntax =
	/expected|esperaba|attendu|invalid input|entrada inválida|"\s*\||\|\s*"|received|regex|zod|[<>]=?\s*\d|YYYY|AAAA/i;

/**
 * Sends the page's form as it comes (empty) and then with a wrong value in every text field, and
 * checks each answer: sentences only, every marked field described by its message.
 */
async function walkForm(page: Page, path: string, form: string) {
	for (const fill of [null, '✗']) {
		await page.goto(path);
		const target = page.locator(form).first();
		if (fill) {
			for (const input of await target
				.locator('input[type="text"], input[type="email"], input:not([type]), textarea')
				.all()) {
				if (await input.isVisible()) await input.fill(fill);
			}
		}
		// Browser checks would stop an empty form before the server sees it.
		await target.evaluate((f) => ((f as HTMLFormElement).noValidate = true));
		await target.locator('button[type="submit"]').first().click();
		await page.waitForLoadState();
		const text = await page.locator('main').innerText();
		expect(text, `${path} (${fill ?? 'empty'})`).not.toMatch(schemaSyntax);
		for (const field of await page.locator('main [aria-invalid="true"]').all()) {
			const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? [];
			expect(ids.length, `${path}: a marked field without its message`).toBeGreaterThan(0);
			for (const id of ids) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
		}
	}
}

test('every form answers empty and wrong input with sentences next to the fields', async ({
	page
}) => {
	test.setTimeout(180_000);
	const { users } = accounts();
	await walkForm(page, '/login', 'main form');
	await walkForm(page, '/forgot-password', 'main form');
	await signIn(page, users.pryFocal.email);
	await walkForm(page, '/networks/relacopaz/documents/new', 'form.document-form');
	await walkForm(page, '/networks/relacopaz/calendar/new', 'form.event-form');
	await walkForm(page, '/networks/relacopaz/reports/new', 'main form');
	await walkForm(page, '/networks/relacopaz/decisions/new', 'main form');
	await walkForm(page, '/people', 'main form:has(input[name="email"])');
});

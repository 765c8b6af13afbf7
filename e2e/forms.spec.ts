import { expect, test, type Page } from '@playwright/test';
import { accounts, nextWholeMinute, signIn, wallClock } from './fixtures';

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
	await walkForm(page, '/account', 'main form[action="?/password"]');
	await walkForm(page, '/account/two-factor', 'main form');
	const governance = '/networks/relacopaz/governance';
	await walkForm(page, governance, 'main form[action="?/handover"]');
	await walkForm(page, governance, 'main form[action="?/saveMember"]');
	await walkForm(page, '/networks/relacopaz/declarations', 'main form[action="?/create"]');

	// The forms of a decision and of a declaration draft, on records opened for the purpose.
	await page.goto('/networks/relacopaz/decisions/new');
	await page.locator('#title-es').fill(`Decisión para recorrer sus formularios ${Date.now()}`);
	await page.locator('#text-es').fill('Texto.');
	const deadline = wallClock(
		nextWholeMinute(7 * 24 * 3600),
		await page.locator('#zone').inputValue()
	);
	await page.locator('#deadline-date').fill(deadline.date);
	await page.locator('#deadline-time').fill(deadline.time);
	await page.locator('main form button[type="submit"]').click();
	await expect(page).toHaveURL(/\/decisions\/[0-9a-f-]{36}$/);
	const decision = new URL(page.url()).pathname;
	await walkForm(page, decision, 'main form[action="?/position"]');
	await walkForm(page, decision, 'main form[action="?/extend"]');
	await walkForm(page, decision, 'main form[action="?/withdraw"]');

	await page.goto('/networks/relacopaz/declarations');
	const create = page.locator('main form[action="?/create"]');
	await create.locator('select[name="conferenceEdition"]').selectOption({ index: 1 });
	await create.locator('input[name="title.es"]').fill(`Declaración de prueba ${Date.now()}`);
	await create.locator('button[type="submit"]').click();
	await expect(page).toHaveURL(/\/declarations\/[0-9a-f-]{36}$/);
	const declaration = new URL(page.url()).pathname;
	await walkForm(page, declaration, 'main form[action="?/addParagraph"]');
	await walkForm(page, declaration, 'main form[action="?/adopt"]');
});

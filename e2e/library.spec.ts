import { expect, test, type Browser, type Page } from '@playwright/test';
import { accounts, signIn } from './fixtures';

async function signedIn(browser: Browser, email: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, email);
	return { page, close: () => context.close() };
}

async function createDocument(
	page: Page,
	fields: { title: string; category: string; language: string; body: string },
	translationOf?: string
) {
	await page.goto('/networks/relacopaz/documents/new');
	await page.locator('input[name="title"]').fill(fields.title);
	await page.locator('select[name="kind"]').selectOption('guideline');
	await page.locator('select[name="category"]').selectOption(fields.category);
	await page.locator('select[name="language"]').selectOption(fields.language);
	await page.locator('textarea[name="body"]').fill(fields.body);
	if (translationOf) {
		await page.locator('select[name="translationOf"]').selectOption(translationOf);
		await page.locator('select[name="translationMethod"]').selectOption('human');
	}
	await page.locator('input[name="level"][value="members"]').check();
	await page.locator('main form[method="POST"] button[type="submit"]').last().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(fields.title);
	return page.url();
}

test('a search in one language finds a document written in another; a reader asks for a translation and the owner sees it on the desk', async ({
	browser
}) => {
	const { users } = accounts();
	// A word of its own, so the journey finds its document whatever else the library holds.
	const tag = `zq${Date.now().toString(36)}`;
	const title = `Lecciones sobre la protección de civiles ${tag}`;
	const owner = await signedIn(browser, users.argEditor.email);
	const documentUrl = await createDocument(owner.page, {
		title,
		category: 'lesson_learned',
		language: 'es',
		body: `Las operaciones de paz protegen a los civiles. Referencia ${tag}.`
	});
	const portugueseTitle = `Lições sobre a proteção de civis ${tag}`;
	await createDocument(
		owner.page,
		{
			title: portugueseTitle,
			category: 'lesson_learned',
			language: 'pt',
			body: `As operações de paz protegem os civis. Referência ${tag}.`
		},
		documentUrl.split('/').pop()
	);

	// A reader searches in Portuguese, without the accents; the filters are a plain GET form. The
	// family is found by its Portuguese version and shown in the reader's language, Spanish, with
	// the Portuguese version listed as a person's translation.
	const reader = await signedIn(browser, users.braFocal.email);
	await reader.page.goto('/networks/relacopaz/library');
	await reader.page.locator('input[name="q"]').fill(`operacoes ${tag}`);
	await reader.page.locator('select[name="category"]').selectOption('lesson_learned');
	await reader.page.locator('main search button[type="submit"]').click();
	await expect(reader.page).toHaveURL(/category=lesson_learned/);
	const result = reader.page.locator('main ol > li', { hasText: tag });
	await expect(result).toHaveCount(1);
	await expect(result.getByRole('heading', { level: 2 })).toHaveText(title);
	await expect(result.locator('mark').first()).toBeVisible();
	await expect(result.locator('.versions li')).toHaveText([
		/español.*original/,
		/portugués.*traducción humana/
	]);

	// Another category leaves it out.
	await reader.page.locator('select[name="category"]').selectOption('doctrine');
	await reader.page.locator('main search button[type="submit"]').click();
	await expect(reader.page).toHaveURL(/category=doctrine/);
	await expect(reader.page.locator('main ol > li', { hasText: tag })).toHaveCount(0);

	// The reader asks for a human translation into English from the document's page.
	await reader.page.goto(documentUrl);
	await reader.page.locator('select[name="language"]').selectOption('en');
	await reader.page.locator('textarea[name="note"]').fill('Para el curso de junio');
	await reader.page.locator('main form[action="?/requestTranslation"] button').click();
	await expect(reader.page.locator('main [role="status"]')).toBeVisible();

	// The owner's participant finds it on its desk, and on the document's page.
	const ownerFocal = await signedIn(browser, users.argFocal.email);
	await ownerFocal.page.goto('/');
	const desk = ownerFocal.page.locator('section[aria-labelledby="desk-translations"]');
	await expect(desk).toContainText(title);
	await desk.locator('a', { hasText: title }).click();
	await expect(ownerFocal.page.locator('#translation-requests')).toContainText(
		'Para el curso de junio'
	);

	await Promise.all([owner.close(), reader.close(), ownerFocal.close()]);
});

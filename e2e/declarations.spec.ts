import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { accounts, nextWholeMinute, signIn, signOut, wallClock } from './fixtures';

const network = '/networks/relacopaz';
const fontDir = path.join(
	path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
	'standard_fonts/'
);

/** The text a PDF reader extracts from every page. */
async function pdfText(data: Buffer): Promise<string> {
	const pdf = await getDocument({
		data: new Uint8Array(data),
		standardFontDataUrl: fontDir,
		useSystemFonts: false,
		isEvalSupported: false
	}).promise;
	const pages: string[] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const content = await (await pdf.getPage(n)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	await pdf.destroy();
	return pages.join('\n').replace(/\s+/g, ' ');
}

async function saved(page: Page): Promise<void> {
	await expect(page.locator('p.notice[role="status"]')).toBeVisible();
}

/**
 * The Presidency drafts a declaration in Spanish and English; a member's amendment changes the
 * Spanish only, so the English reads as needing an update and adoption is refused until the
 * Presidency brings it in line. Adopted by silence procedure, the declaration then reads, and
 * prints, in both languages, each as written.
 */
test('a declaration drafted in two languages is amended, brought in line and adopted', async ({
	page
}) => {
	test.setTimeout(240_000);
	const users = accounts().users;
	const stamp = Date.now().toString(36);
	const titleEs = `Declaración de cooperación ${stamp}`;
	const titleEn = `Cooperation declaration ${stamp}`;

	await signIn(page, users.pryFocal.email);
	await page.goto(`${network}/declarations`);
	await page.locator('#conferenceEdition').selectOption({ index: 1 });
	await page.locator('#title-es').fill(titleEs);
	await page.locator('#title-en').fill(titleEn);
	await page.locator('form[action="?/create"] button[type="submit"]').click();
	await expect(page).toHaveURL(new RegExp(`${network}/declarations/[0-9a-f-]{36}$`));
	const declarationUrl = page.url();
	await expect(page.locator('h1')).toHaveText(titleEs);

	await page.locator('#add-es').fill('La red se reúne una vez al año.');
	await page.locator('#add-en').fill('The network meets once a year.');
	await page.locator('form[action="?/addParagraph"] button[type="submit"]').click();
	await saved(page);
	await expect(page.locator('ol.paragraphs li p[lang="es"]')).toContainText(
		'La red se reúne una vez al año.'
	);
	await expect(page.locator('ol.paragraphs li p[lang="en"]')).toContainText(
		'The network meets once a year.'
	);
	await signOut(page);

	// A member proposes new wording in Spanish alone.
	await signIn(page, users.braFocal.email);
	await page.goto(declarationUrl);
	await page.locator('#propose-paragraph').selectOption({ index: 1 });
	await page.locator('#propose-kind').selectOption('replace');
	await page.locator('#propose-es').fill('La red se reúne dos veces al año.');
	await page.locator('#propose-justification').fill('Una reunión por semestre.');
	await page.locator('form[action="?/propose"] button[type="submit"]').click();
	await saved(page);
	await signOut(page);

	// Accepted, the Spanish changes and the English is kept, marked as needing an update.
	await signIn(page, users.pryFocal.email);
	await page.goto(declarationUrl);
	await page.locator('form[action="?/decide"] button[value="accept"]').click();
	await saved(page);
	await expect(page.locator('ol.paragraphs li p[lang="es"]')).toContainText(
		'La red se reúne dos veces al año.'
	);
	const english = page.locator('ol.paragraphs li p[lang="en"]');
	await expect(english).toContainText('The network meets once a year.');
	await expect(english.locator('[data-language-state="stale"]')).toHaveCount(1);
	await expect(page.locator('#language-gaps')).toBeVisible();

	// Adoption waits for the English.
	const zone = 'America/Asuncion';
	const early = wallClock(nextWholeMinute(60), zone);
	await page.locator('#adopt-deadline-date').fill(early.date);
	await page.locator('#adopt-deadline-time').fill(early.time);
	await page.locator('#adopt-zone').selectOption(zone);
	await page.locator('form[action="?/adopt"] button[type="submit"]').click();
	await expect(page.locator('form[action="?/adopt"] [role="alert"]')).toBeVisible();
	await expect(page.locator('#declaration-status')).toHaveAttribute('data-status', 'drafting');

	const editor = page.locator('ol.paragraphs li details');
	await editor.locator('summary').click();
	await editor.locator('textarea[name="text.en"]').fill('The network meets twice a year.');
	await editor.locator('button[type="submit"]').click();
	await saved(page);
	await expect(english).toContainText('The network meets twice a year.');
	await expect(page.locator('[data-language-state="stale"]')).toHaveCount(0);
	await expect(page.locator('#language-gaps')).toHaveCount(0);

	const deadline = wallClock(nextWholeMinute(20), zone);
	await page.locator('#adopt-deadline-date').fill(deadline.date);
	await page.locator('#adopt-deadline-time').fill(deadline.time);
	await page.locator('#adopt-zone').selectOption(zone);
	await page.locator('form[action="?/adopt"] button[type="submit"]').click();
	await saved(page);
	await expect(page.locator(`a[href^="${network}/decisions/"]`).first()).toBeVisible();

	// Nobody objects: at the deadline the silence adopts it.
	await expect
		.poll(
			async () => {
				await page.goto(declarationUrl);
				return page.locator('#declaration-status').getAttribute('data-status');
			},
			{ timeout: 150_000, intervals: [2000] }
		)
		.toBe('adopted');

	for (const [lang, title, paragraph] of [
		['es', titleEs, 'La red se reúne dos veces al año.'],
		['en', titleEn, 'The network meets twice a year.']
	] as const) {
		const text = await page.request.get(`${declarationUrl}/export.txt?lang=${lang}`);
		expect(text.status()).toBe(200);
		expect(text.headers()['content-language']).toBe(lang);
		const body = await text.text();
		expect(body).toContain(title);
		expect(body).toContain(paragraph);

		const pdf = await page.request.get(`${declarationUrl}/export.pdf?lang=${lang}`);
		expect(pdf.status()).toBe(200);
		expect(pdf.headers()['content-type']).toBe('application/pdf');
		expect(pdf.headers()['content-language']).toBe(lang);
		const printed = await pdfText(await pdf.body());
		expect(printed).toContain(title);
		expect(printed).toContain(paragraph);
		expect(printed).not.toContain(lang === 'es' ? 'The network meets' : 'La red se reúne');
	}
	await signOut(page);
});

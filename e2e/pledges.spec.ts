import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { accounts, signIn } from './fixtures';

async function expectNoViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
}

async function signedIn(browser: Browser, email: string, width = 1280) {
	const context = await browser.newContext({ viewport: { width, height: 900 } });
	const page = await context.newPage();
	await signIn(page, email);
	return { context, page };
}

/** Fills the pledge form at Level 1 with its personnel and releases it as asked. */
async function pledge(
	page: Page,
	title: string,
	personnel: { female: number; male: number },
	level: string
) {
	await page.goto('/networks/relacopaz/pledges/new');
	await page.locator('select[name="unitType"]').selectOption('infantry_battalion');
	await page.getByLabel('Título en español').fill(title);
	await page.locator('input[name="female"]').fill(String(personnel.female));
	await page.locator('input[name="male"]').fill(String(personnel.male));
	await page
		.locator('input[name="equipment.item"]')
		.first()
		.fill('Vehículo blindado de transporte');
	await page.locator('input[name="equipment.quantity"]').first().fill('10');
	await page.locator(`input[name="level"][value="${level}"]`).check();
	await page.getByRole('button', { name: 'Guardar el compromiso' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	return new URL(page.url()).pathname;
}

test('two members pledge, form a combined contingent, and an observer sees the withheld note', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const users = accounts().users;
	const stamp = Date.now();
	const argTitle = `Batallón argentino ${stamp}`;
	const braTitle = `Compañía brasileña ${stamp}`;
	const contingentTitle = `Batallón conjunto ${stamp}`;

	// Argentina claims Level 2 without the visit: the form says which evidence is missing.
	const argentina = await signedIn(browser, users.argEditor.email);
	await argentina.page.goto('/networks/relacopaz/pledges/new');
	await expectNoViolations(argentina.page);
	await argentina.page.locator('select[name="unitType"]').selectOption('infantry_battalion');
	await argentina.page.getByLabel('Título en español').fill(argTitle);
	await argentina.page.locator('input[name="readinessLevel"][value="level_2"]').check();
	await argentina.page.getByRole('button', { name: 'Guardar el compromiso' }).click();
	await expect(argentina.page.getByRole('alert')).toContainText(
		'La evidencia todavía no respalda este nivel de preparación.'
	);
	await expect(argentina.page.locator('#pledge-assessmentVisitOn-error')).toContainText(
		'Visita de Evaluación y Asesoramiento'
	);
	await expect(argentina.page.getByLabel('Título en español')).toHaveValue(argTitle);
	await expectNoViolations(argentina.page);

	// Each member pledges at Level 1: Argentina for members and observers, Brazil for members.
	await pledge(argentina.page, argTitle, { female: 30, male: 370 }, 'members_and_observers');
	await expectNoViolations(argentina.page);
	const brazil = await signedIn(browser, users.braFocal.email);
	await pledge(brazil.page, braTitle, { female: 57, male: 251 }, 'members');

	// Argentina forms the contingent as its lead and attaches its own pledge.
	await argentina.page.goto('/networks/relacopaz/combined-contingents');
	await argentina.page.locator('#contingent-title').fill(contingentTitle);
	await argentina.page.locator('select[name="template"]').selectOption('infantry_battalion');
	await argentina.page.locator('input[name="level"][value="members_and_observers"]').check();
	await argentina.page.getByRole('button', { name: 'Formar el contingente' }).click();
	await expect(
		argentina.page.getByRole('heading', { level: 1, name: contingentTitle })
	).toBeVisible();
	const contingentPath = new URL(argentina.page.url()).pathname;
	await argentina.page.getByLabel('Su compromiso').selectOption({ label: argTitle });
	await argentina.page.getByRole('button', { name: 'Agregar', exact: true }).click();
	await expect(argentina.page.getByRole('status')).toContainText('El compromiso se agregó');
	await expectNoViolations(argentina.page);

	// Brazil attaches its own; it cannot attach Argentina's (not among its choices).
	await brazil.page.goto(contingentPath);
	const choices = await brazil.page.getByLabel('Su compromiso').locator('option').allTextContents();
	expect(choices).toContain(braTitle);
	expect(choices).not.toContain(argTitle);
	await brazil.page.getByLabel('Su compromiso').selectOption({ label: braTitle });
	await brazil.page.getByRole('button', { name: 'Agregar', exact: true }).click();
	const contributions = brazil.page.locator('section.contributions');
	await expect(contributions).toContainText(argTitle);
	await expect(contributions).toContainText(braTitle);
	await expect(brazil.page.locator('main')).toContainText('708 (87 mujeres, 621 hombres)');
	await expect(brazil.page.locator('.withheld')).toHaveCount(0);

	// Spain, an observer, sees Argentina's part only, and a note that a part is withheld.
	const spain = await signedIn(browser, users.espObserver.email, 390);
	await spain.page.goto(contingentPath);
	await expect(spain.page.locator('.withheld')).toContainText('1');
	const seen = await spain.page.locator('main').innerText();
	expect(seen).toContain(argTitle);
	expect(seen).not.toContain(braTitle);
	expect(seen).not.toContain('251');
	expect(seen).toContain('400 (30 mujeres, 370 hombres)');
	await expectNoViolations(spain.page);
	const wide = await spain.page.evaluate(() => document.documentElement.scrollWidth);
	expect(wide).toBeLessThanOrEqual(390);

	// The owner sees its pledge's history; the observer sees the pledge without it.
	await argentina.page.goto('/networks/relacopaz/pledges');
	await argentina.page.getByRole('link', { name: argTitle }).click();
	await expect(argentina.page.getByRole('heading', { name: 'Historial' })).toBeVisible();
	const pledgePath = new URL(argentina.page.url()).pathname;
	await spain.page.goto(pledgePath);
	await expect(spain.page.getByRole('heading', { level: 1, name: argTitle })).toBeVisible();
	await expect(spain.page.getByRole('heading', { name: 'Historial' })).toHaveCount(0);

	for (const side of [argentina, brazil, spain]) await side.context.close();
});

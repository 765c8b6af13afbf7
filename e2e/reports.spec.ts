import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { accounts, signIn } from './fixtures';

async function expectNoViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
}

async function signedIn(browser: Browser, email: string, javaScriptEnabled = true) {
	const context = await browser.newContext({ javaScriptEnabled, acceptDownloads: true });
	const page = await context.newPage();
	await signIn(page, email);
	return { context, page };
}

/** Yesterday, so that whoever has not reported is overdue; late reports are still accepted. */
function yesterday(): string {
	return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

test('the Presidency runs a reporting cycle and downloads the consolidated PDF', async ({
	browser
}) => {
	// Three participants' journeys with an accessibility check at each step.
	test.setTimeout(120_000);
	const users = accounts().users;
	const title = `Informe anual ${Date.now()}`;

	// The Presidency (Paraguay) opens the cycle; all members are asked by default.
	const presidency = await signedIn(browser, users.pryFocal.email);
	await presidency.page.goto('/networks/relacopaz/reports');
	await presidency.page.getByRole('link', { name: 'Abrir un ciclo de informes' }).click();
	await expectNoViolations(presidency.page);
	await presidency.page.getByLabel('Título').fill(title);
	await presidency.page.getByLabel('Período desde').fill('2024-01-01');
	await presidency.page.getByLabel('Período hasta').fill('2024-12-31');
	await presidency.page.getByLabel('Fecha límite', { exact: true }).fill(yesterday());
	await presidency.page.getByLabel('Español').fill('Enumere las actividades del año.');
	await presidency.page.getByRole('button', { name: 'Abrir el ciclo' }).click();
	await expect(presidency.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const cycleUrl = new URL(presidency.page.url()).pathname;
	await expectNoViolations(presidency.page);

	// Argentina reports with JavaScript: the draft saves itself while the focal point types.
	const argentina = await signedIn(browser, users.argFocal.email);
	await argentina.page.goto(cycleUrl);
	await argentina.page.getByRole('link', { name: 'Su informe' }).click();
	await expect(argentina.page).toHaveURL(new RegExp(`${cycleUrl}/ARG$`));
	await expect(argentina.page.locator('form[data-autosave="on"]')).toBeVisible();
	await argentina.page.getByLabel('Relato breve').fill('Despliegues y cursos del año.');
	await argentina.page.locator('select[name="a.0.kind"]').selectOption('deployment');
	await argentina.page.locator('input[name="a.0.title"]').fill('Contingente en UNIFIL');
	await argentina.page.locator('select[name="a.0.mission"]').selectOption('UNIFIL');
	await argentina.page.locator('input[name="a.0.female"]').fill('12');
	await argentina.page.locator('input[name="a.0.male"]').fill('88');
	await expect(argentina.page.getByText(/Guardado automáticamente/)).toBeVisible({
		timeout: 15_000
	});
	await argentina.page.reload();
	await expect(argentina.page.getByLabel('Relato breve')).toHaveValue(
		'Despliegues y cursos del año.'
	);
	await expect(argentina.page.locator('input[name="a.0.title"]')).toHaveValue(
		'Contingente en UNIFIL'
	);
	await expectNoViolations(argentina.page);
	await argentina.page.getByRole('button', { name: 'Presentar el informe' }).click();
	await expect(argentina.page.getByText('Informe presentado. Queda bloqueado.')).toBeVisible();
	await expect(
		argentina.page.getByRole('heading', { name: 'Contingente en UNIFIL' })
	).toBeVisible();

	// Brazil reports without JavaScript: plain Save, then Submit.
	const brazil = await signedIn(browser, users.braFocal.email, false);
	await brazil.page.goto(`${cycleUrl}/BRA`);
	await brazil.page.getByLabel('Relato breve').fill('Cursos en el CCOPAB.');
	await brazil.page.locator('select[name="a.0.kind"]').selectOption('training_given');
	await brazil.page.locator('input[name="a.0.title"]').fill('Curso de observadores');
	await brazil.page.locator('input[name="a.0.female"]').fill('6');
	await brazil.page.locator('input[name="a.0.male"]').fill('24');
	await brazil.page.getByRole('button', { name: 'Guardar borrador' }).click();
	await expect(brazil.page.getByText('Borrador guardado.')).toBeVisible();
	await expect(brazil.page.locator('input[name="a.0.title"]')).toHaveValue('Curso de observadores');
	await brazil.page.getByRole('button', { name: 'Presentar el informe' }).click();
	await expect(brazil.page.getByText('Informe presentado. Queda bloqueado.')).toBeVisible();

	// The board: both reports in (late), Peru missed the deadline.
	await presidency.page.goto(cycleUrl);
	const row = (code: string) => presidency.page.locator(`tr[data-participant="${code}"]`);
	await expect(row('ARG')).toContainText('Presentado');
	await expect(row('ARG')).toContainText('fuera de plazo');
	await expect(row('BRA')).toContainText('Presentado');
	await expect(row('PER')).toContainText('Atrasado');

	// The consolidated report, on the web and as a PDF.
	await presidency.page.getByRole('link', { name: 'Ver en la web' }).click();
	await expect(
		presidency.page.getByRole('heading', { name: 'Contingente en UNIFIL' })
	).toBeVisible();
	await expect(
		presidency.page.getByRole('heading', { name: 'Curso de observadores' })
	).toBeVisible();
	await expectNoViolations(presidency.page);
	const downloading = presidency.page.waitForEvent('download');
	await presidency.page.getByRole('link', { name: 'Descargar PDF' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/\.pdf$/);
	const bytes = readFileSync((await download.path())!);
	expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

	for (const session of [presidency, argentina, brazil]) await session.context.close();
});

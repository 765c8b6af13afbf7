import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { accounts, signIn } from './fixtures';

const base = '/networks/relacopaz/cooperation';
const stamp = Date.now();
const requestTitle = `Curso de protección de civiles para cascos azules ${stamp}`;
const offerTitle = `Curso regional ALCOPAZ de protección de civiles ${stamp}`;
// Needed within the coming months, whenever the test runs.
const neededBy = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);

/** No axe violation, and no wider than a 390 px phone. */
async function expectAccessibleAndNarrow(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
	const size = page.viewportSize();
	await page.setViewportSize({ width: 390, height: 900 });
	const wide = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(wide).toBeLessThanOrEqual(390);
	if (size) await page.setViewportSize(size);
}

/** Takes one step of the commitment shown on a request page, with a note. */
async function step(page: Page, to: string, note: string) {
	const commitment = page.locator('article.commitment');
	await commitment.locator('textarea[name="note"]').fill(note);
	await commitment.locator(`button[name="to"][value="${to}"]`).click();
	await expect(page.locator('article.commitment h3 .tag')).toHaveText(
		{
			in_progress: 'En curso',
			accepted: 'Aceptado',
			delivered: 'Entregado',
			verified: 'Entrega confirmada'
		}[to]!
	);
}

test('a member asks for training, a partner offers it, they commit, deliver and verify', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const { users } = accounts();
	const memberContext = await browser.newContext();
	const member = await memberContext.newPage();
	const partnerContext = await browser.newContext();
	const partner = await partnerContext.newPage();

	// Argentina asks for two training courses, released to the whole network.
	await signIn(member, users.argFocal.email);
	await member.goto(base);
	await member.locator(`a[href="${base}/requests/new"]`).click();
	await member.locator('select[name="category"]').selectOption('training');
	await member.locator('input[name="title_es"]').fill(requestTitle);
	await member.locator('input[name="quantity"]').fill('2');
	await member.locator('input[name="unit"]').fill('cursos');
	await member.locator('input[name="neededBy"]').fill(neededBy);
	await member.locator('input[name="languages"][value="es"]').check();
	await member.locator('input[name="level"][value="network"]').check();
	await member.locator('form.coop-form button[type="submit"]').click();
	await expect(member.getByRole('heading', { level: 1 })).toHaveText(requestTitle);
	const requestPath = new URL(member.url()).pathname;
	await expect(member.locator('.tags')).toContainText('Abierta');

	// ALCOPAZ offers a regional course; the request is suggested for it.
	await signIn(partner, users.alcopazFocal.email);
	await partner.goto(`${base}/offers/new`);
	await expectAccessibleAndNarrow(partner);
	await partner.locator('select[name="category"]').selectOption('training');
	await partner.locator('input[name="title_es"]').fill(offerTitle);
	await partner.locator('input[name="capacity"]').fill('4');
	await partner.locator('input[name="unit"]').fill('cursos');
	await partner.locator('input[name="languages"][value="es"]').check();
	await partner.locator('input[name="level"][value="network"]').check();
	await partner.locator('form.coop-form button[type="submit"]').click();
	await expect(partner.getByRole('heading', { level: 1 })).toHaveText(offerTitle);
	await expectAccessibleAndNarrow(partner);
	await partner.locator(`a[href="${requestPath}"]`).click();

	// It commits to the whole request from its offer.
	await expect(partner.getByRole('heading', { level: 1 })).toHaveText(requestTitle);
	await partner.locator('select[name="offerId"]').selectOption({ label: offerTitle });
	await partner
		.locator('form.commit-form textarea[name="note"]')
		.fill('Dos cursos en Buenos Aires');
	await partner.locator('form.commit-form button[type="submit"]').click();
	await expect(partner.locator('article.commitment h3 .tag')).toHaveText('Propuesto');
	await expectAccessibleAndNarrow(partner);

	// The commitment waits on Argentina's desk; it accepts from there.
	await member.goto('/');
	const waiting = member.locator('section[aria-labelledby="desk-cooperation"] a', {
		hasText: requestTitle
	});
	await expect(waiting).toBeVisible();
	await waiting.click();
	await expect(member.getByRole('heading', { level: 1 })).toHaveText(requestTitle);
	await expect(member.locator('article.commitment')).toContainText('Dos cursos en Buenos Aires');
	await step(member, 'accepted', 'Aceptado, gracias');
	await expect(member.locator('.tags')).toContainText('Cubierta');

	// ALCOPAZ carries the courses out and delivers them.
	await partner.goto(requestPath);
	await step(partner, 'in_progress', 'Inscripciones abiertas');
	await step(partner, 'delivered', 'Cursos dictados');

	// Argentina confirms the delivery: the request is fulfilled, with the whole history.
	await member.goto(requestPath);
	await step(member, 'verified', 'Recibidos los dos cursos');
	await expect(member.locator('.tags')).toContainText('Satisfecha');
	await expect(member.locator('ol.history li')).toHaveCount(5);
	await expect(member.locator('ol.history')).toContainText('Recibidos los dos cursos');
	await expectAccessibleAndNarrow(member);

	// Nothing waits on either side any more.
	await member.goto('/');
	await expect(
		member.locator('section[aria-labelledby="desk-cooperation"] a', { hasText: requestTitle })
	).toHaveCount(0);

	// The board lists the fulfilled request under its status filter.
	await member.goto(`${base}?status=fulfilled&category=training`);
	await expect(member.locator(`a[href="${requestPath}"]`)).toBeVisible();
	await expectAccessibleAndNarrow(member);

	await memberContext.close();
	await partnerContext.close();
});

test('a visitor cannot ask for support, and a request without a title comes back explained', async ({
	browser
}) => {
	const { users } = accounts();
	const visitor = await (await browser.newContext()).newPage();
	await visitor.goto(base);
	await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(visitor.locator(`a[href^="${base}/requests/new"]`)).toHaveCount(0);

	// A form with no title comes back with a sentence next to the title.
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, users.braFocal.email);
	await page.goto(`${base}/requests/new`);
	await page.locator('input[name="quantity"]').fill('2');
	await page.locator('form.coop-form button[type="submit"]').click();
	await expect(page.locator('#rq-title-error')).toBeVisible();
	await expect(page.locator('input[name="quantity"]')).toHaveValue('2');
	await context.close();
});

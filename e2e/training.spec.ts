import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { accounts, signIn } from './fixtures';

const network = '/networks/relacopaz';
// Next year, so that nominations are open whenever the test runs.
const year = new Date().getUTCFullYear() + 1;
const stamp = Date.now();
const centreName = `Centro de entrenamiento ${stamp}`;
const courseTitle = `Curso de observadores militares ${stamp}`;

async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
}

function nominationRow(page: Page, name: string) {
	return page.locator('table.nominations tr', { hasText: name });
}

async function nominate(page: Page, courseUrl: string, name: string) {
	await page.goto(courseUrl);
	const form = page.locator('form[action="?/nominate"]');
	await form.locator('input[name="name"]').fill(name);
	await form.locator('input[name="rank"]').fill('Capitán');
	await form.locator('select[name="gender"]').selectOption('female');
	// An address the browser's email field accepts: its local part is ASCII.
	await form.locator('input[name="email"]').fill(`nominee-${stamp}-${name.length}@example.test`);
	await form.locator('button[type="submit"]').click();
	await expect(page.locator('#training .notice[role="status"]')).toBeVisible();
}

test('an organiser offers seats, two participants nominate, the waitlisted nominee moves up', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const { users } = accounts();

	// ALCOPAZ registers its centre and plans a course there, with one seat for the network.
	const organiserContext = await browser.newContext();
	const organiser = await organiserContext.newPage();
	await signIn(organiser, users.alcopazFocal.email);
	await organiser.goto(`${network}/training`);
	await organiser.locator(`a[href="${network}/training/centres/new"]`).click();
	await organiser.locator('input[name="name_es"]').fill(centreName);
	await organiser.locator('input[name="city"]').fill('Asunción');
	await organiser.locator('select[name="countryCode"]').selectOption('PRY');
	await organiser.locator('input[name="contact"]').fill('cursos@example.test');
	await organiser.locator('form.centre-form button[type="submit"]').click();
	await expect(organiser.getByRole('heading', { level: 1 })).toHaveText(centreName);
	await expectAccessible(organiser);

	await organiser.goto(`${network}/calendar/new`);
	await organiser.locator('input[name="title_es"]').fill(courseTitle);
	await organiser.locator('select[name="kind"]').selectOption('training_course');
	await organiser.locator('select[name="countryCode"]').selectOption('PRY');
	await organiser.locator('input[name="city"]').fill('Asunción');
	await organiser.locator('select[name="timeZone"]').selectOption('America/Asuncion');
	await organiser.locator('input[name="allDay"]').check();
	await organiser.locator('input[name="startDate"]').fill(`${year}-09-07`);
	await organiser.locator('input[name="endDate"]').fill(`${year}-09-18`);
	await organiser.locator('input[name="level"][value="network"]').check();
	await organiser.locator('form.event-form button[type="submit"]').click();
	await expect(organiser.getByRole('heading', { level: 1 })).toHaveText(courseTitle);
	const courseUrl = new URL(organiser.url()).pathname;

	const details = organiser.locator('form[action="?/courseDetails"]');
	await details.locator('select[name="centreId"]').selectOption({ label: centreName });
	await details.locator('input[name="instructionLanguages"][value="es"]').check();
	await details.locator('button[type="submit"]').click();
	await expect(organiser.locator('#training dl')).toContainText(centreName);
	const offer = organiser.locator('form[action="?/offerSeats"]');
	await offer.locator('input[name="seats"]').fill('1');
	await offer.locator('button[type="submit"]').click();
	await expect(organiser.locator('#training .offers')).toContainText('1');
	await expectAccessible(organiser);

	// Brazil takes the seat; Argentina's nominee finds none and is waitlisted, never dropped.
	const braContext = await browser.newContext();
	const bra = await braContext.newPage();
	await signIn(bra, users.braFocal.email);
	await nominate(bra, courseUrl, 'Ana Silva');
	await expect(nominationRow(bra, 'Ana Silva').locator('td.status')).toHaveText(
		/Nominada|Nominated/
	);
	const argContext = await browser.newContext();
	const arg = await argContext.newPage();
	await signIn(arg, users.argFocal.email);
	await nominate(arg, courseUrl, 'Lucía Gómez');
	await expect(nominationRow(arg, 'Lucía Gómez').locator('td.status')).toHaveText(
		/En lista de espera|Waitlisted/
	);
	// Neither sees the other's nominee; the organiser sees both.
	await expect(arg.locator('#training')).not.toContainText('Ana Silva');
	await bra.goto(courseUrl);
	await expect(bra.locator('#training')).not.toContainText('Lucía Gómez');
	await expectAccessible(arg);

	// The organiser declines Brazil's nominee: Argentina's moves up into the freed seat.
	await organiser.goto(courseUrl);
	await expect(organiser.locator('table.nominations')).toContainText('Lucía Gómez');
	await nominationRow(organiser, 'Ana Silva').locator('button[value="declined"]').click();
	await expect(organiser.locator('#training .notice[role="status"]')).toBeVisible();
	await expect(nominationRow(organiser, 'Lucía Gómez').locator('td.status')).toHaveText(
		/Nominada|Nominated/
	);
	await nominationRow(organiser, 'Lucía Gómez').locator('button[value="accepted"]').click();
	await expect(nominationRow(organiser, 'Lucía Gómez').locator('td.status')).toHaveText(
		/Aceptada|Accepted/
	);
	await expect(organiser.locator('#training .women-share')).toContainText('100');
	await expectAccessible(organiser);

	// Argentina sees the decision on its nominations page.
	await arg.goto(`${network}/training/nominations`);
	await expect(arg.locator('main table')).toContainText('Lucía Gómez');
	await expect(arg.locator('main table')).toContainText(/Aceptada|Accepted/);
	await expectAccessible(arg);
});

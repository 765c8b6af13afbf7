import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { accounts, signIn } from './fixtures';

const base = '/networks/relacopaz/calendar';
// Next year, so that registration is open whenever the test runs.
const year = new Date().getUTCFullYear() + 1;
const stamp = Date.now();
const publicTitle = `Curso regional de protección de civiles ${stamp}`;
const membersTitle = `Reunión preparatoria reservada ${stamp}`;

async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
}

/** Fills the native date and time inputs of a `YYYY-MM-DD[THH:MM]` moment. */
async function fillMoment(page: Page, name: string, value: string) {
	const [date = '', time = ''] = value.split('T');
	await page.locator(`input[name="${name}Date"]`).fill(date);
	await page.locator(`input[name="${name}Time"]`).fill(time);
}

async function createEvent(
	page: Page,
	options: { title: string; level: string; start: string; end: string; allDay?: boolean }
) {
	await page.goto(`${base}/new`);
	await page.locator('input[name="title_es"]').fill(options.title);
	await page.locator('select[name="kind"]').selectOption('training_course');
	await page.locator('select[name="countryCode"]').selectOption('PRY');
	await page.locator('input[name="city"]').fill('Asunción');
	await page.locator('select[name="timeZone"]').selectOption('America/Asuncion');
	if (options.allDay) await page.locator('input[name="allDay"]').check();
	await fillMoment(page, 'start', options.start);
	await fillMoment(page, 'end', options.end);
	await page.locator('input[name="workingLanguages"][value="en"]').check();
	await page.locator('input[name="capacity"]').fill('12');
	await page.locator(`input[name="level"][value="${options.level}"]`).check();
	await page.locator('form.event-form button[type="submit"]').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(options.title);
	return new URL(page.url()).pathname;
}

test('the Presidency builds the calendar, a member registers, the public sees public events only', async ({
	browser
}) => {
	const { users } = accounts();

	test.setTimeout(180_000);
	// The Presidency (Paraguay) builds and approves the calendar. Pages ship no client code, so
	// the run below is the no-JavaScript path; the visitor also browses with JavaScript off.
	const presidencyContext = await browser.newContext();
	const presidency = await presidencyContext.newPage();
	await signIn(presidency, users.pryFocal.email);
	await presidency.goto(`${base}/new`);
	await expectAccessible(presidency);
	// The organiser's country and zone are chosen already; a timed activity without its end
	// time is refused with a sentence next to the field and the form kept as typed.
	await expect(presidency.locator('select[name="countryCode"]')).toHaveValue('PRY');
	await expect(presidency.locator('select[name="timeZone"]')).toHaveValue('America/Asuncion');
	await presidency.locator('input[name="title_es"]').fill(publicTitle);
	await presidency.locator('input[name="city"]').fill('Asunción');
	await fillMoment(presidency, 'start', `${year}-10-05T09:00`);
	await fillMoment(presidency, 'end', `${year}-10-09`);
	await presidency.locator('form.event-form button[type="submit"]').click();
	await expect(presidency.locator('#ev-end-error')).toHaveText(/date and a time|fecha y una hora/);
	await expect(presidency.locator('#ev-end-date')).toHaveAttribute('aria-invalid', 'true');
	await expect(presidency.locator('input[name="title_es"]')).toHaveValue(publicTitle);
	await expectAccessible(presidency);

	const publicUrl = await createEvent(presidency, {
		title: publicTitle,
		level: 'public',
		start: `${year}-10-05T09:00`,
		end: `${year}-10-09T17:00`
	});
	await expectAccessible(presidency);
	const membersUrl = await createEvent(presidency, {
		title: membersTitle,
		level: 'members',
		start: `${year}-11-10`,
		end: `${year}-11-11`,
		allDay: true
	});

	await presidency.goto(`${base}?year=${year}`);
	await expect(presidency.locator('main')).toContainText(publicTitle);
	await expect(presidency.locator('main')).toContainText(membersTitle);
	await presidency.getByRole('button', { name: String(year) }).click();
	await expect(presidency.locator('main .notice[role="status"]')).toBeVisible();
	await expect(presidency.locator('#status-heading + p .badge')).toHaveText(/Aprobado|Approved/);
	await expectAccessible(presidency);

	// The month grid, filtered without JavaScript.
	await presidency.goto(`${base}?year=${year}&view=month&month=${year}-10&kind=training_course`);
	await expect(presidency.locator('table.month')).toContainText(publicTitle);
	await expectAccessible(presidency);

	// A member (Brazil) registers a delegation.
	const memberContext = await browser.newContext();
	const member = await memberContext.newPage();
	await signIn(member, users.braFocal.email);
	await member.goto(publicUrl);
	await member
		.locator('textarea[name="members"]')
		.fill('Ana Silva; Chefe da delegação\nJoão Souza; Assessor');
	await member.locator('input[name="women"]').fill('1');
	await member.locator('input[name="men"]').fill('1');
	await member.locator('form[action="?/register"] button[type="submit"]').click();
	await expect(member.locator('main .notice[role="status"]')).toBeVisible();
	await expect(member.locator('main')).toContainText('Ana Silva');
	await expectAccessible(member);

	// The Presidency, to which the delegation is released by default, sees it.
	await presidency.goto(publicUrl);
	await expect(presidency.locator('main')).toContainText('João Souza');
	// An observer sees the public event but not the delegation.
	const observerContext = await browser.newContext();
	const observer = await observerContext.newPage();
	await signIn(observer, users.espObserver.email);
	await observer.goto(publicUrl);
	await expect(observer.locator('main')).toContainText(publicTitle);
	await expect(observer.locator('main')).not.toContainText('Ana Silva');
	expect((await observer.goto(membersUrl))?.status()).toBe(404);

	// An anonymous visitor sees only public events.
	const visitorContext = await browser.newContext({ javaScriptEnabled: false });
	const visitor = await visitorContext.newPage();
	await visitor.goto(`${base}?year=${year}`);
	await expect(visitor.locator('main')).toContainText(publicTitle);
	await expect(visitor.locator('main')).not.toContainText(membersTitle);
	await observer.goto(`${base}?year=${year}`);
	await expectAccessible(observer);
	expect((await visitor.goto(membersUrl))?.status()).toBe(404);
	const ics = await visitor.request.get(`${publicUrl}/event.ics`);
	expect(ics.headers()['content-type']).toContain('text/calendar');

	// The public feed, parsed by ical.js.
	const feed = await visitor.request.get('/networks/relacopaz/calendar.ics');
	expect(feed.status()).toBe(200);
	const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	const feedEvents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
	const course = feedEvents.find((e) => e.summary === publicTitle);
	expect(course).toBeDefined();
	expect(course!.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(
		'America/Asuncion'
	);
	// Paraguay keeps UTC-3 all year since 2024.
	expect(course!.startDate.toJSDate().toISOString()).toBe(`${year}-10-05T12:00:00.000Z`);
	expect(feedEvents.some((e) => e.summary === membersTitle)).toBe(false);
	const lima = feedEvents.find((e) => e.startDate.toString() === '2022-09-06');
	expect(lima?.startDate.isDate).toBe(true);
	expect(lima?.endDate.toString()).toBe('2022-09-08');
	expect(feedEvents.some((e) => e.startDate.toString() === '2023-09-11')).toBe(true);

	// The member's private feed lists the members-only event; revoking it ends access.
	await member.goto('/account/calendar-feed');
	await expectAccessible(member);
	await member.locator('form[action="?/create"] button').click();
	const privateUrl = await member.locator('#feed-url').inputValue();
	const privateFeed = new ICAL.Component(
		ICAL.parse(await (await visitor.request.get(privateUrl)).text())
	);
	const privateTitles = privateFeed
		.getAllSubcomponents('vevent')
		.map((v) => v.getFirstPropertyValue('summary'));
	expect(privateTitles).toContain(membersTitle);
	await member.locator('form[action="?/revoke"] button').click();
	expect((await visitor.request.get(privateUrl)).status()).toBe(404);

	for (const context of [presidencyContext, memberContext, observerContext, visitorContext]) {
		await context.close();
	}
});

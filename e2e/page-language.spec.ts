import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { accounts, signIn } from './fixtures';

/**
 * Every page, in each of the four languages, says everything in that language. The check is a
 * dictionary one: a word the platform's own messages use in another language, and never in the
 * page's, is foreign; a piece of text made mostly of foreign words is a string left untranslated.
 * (Mostly, because the languages share words the messages happen to use in one only, such as
 * "Unidas" in a Spanish name.) Text the page marks as written in another language (`lang`, such
 * as a document's title in the language it was written in) is the author's, not the interface's,
 * and is left out, and so is text marked as of no known language (`lang=""`: typed by a person
 * into a record that does not say in which language); so are proper names and codes
 * (`translate="no"`: e-mail addresses, people's and places' names, zone identifiers), acronyms
 * (upper case) and numbers. Country names, in whichever language, are proper names and never
 * foreign. The pages are those of every area, as an anonymous reader, a member, the Presidency
 * and an administrator see them, with records written in one language each.
 */

const locales = ['es', 'en', 'pt', 'fr'] as const;
type Locale = (typeof locales)[number];

const words = (text: string) =>
	(text.match(/[\p{L}][\p{L}'’-]*[\p{L}]/gu) ?? []).filter(
		(w) => w.length >= 4 && w !== w.toUpperCase()
	);

function messageVocabulary(): Record<Locale, Set<string>> {
	const vocabulary = Object.fromEntries(locales.map((l) => [l, new Set<string>()])) as Record<
		Locale,
		Set<string>
	>;
	for (const area of readdirSync('messages')) {
		if (!statSync(join('messages', area)).isDirectory()) continue;
		for (const locale of locales) {
			const messages = JSON.parse(
				readFileSync(join('messages', area, `${locale}.json`), 'utf8')
			) as Record<string, unknown>;
			for (const [key, value] of Object.entries(messages)) {
				if (key.startsWith('$') || typeof value !== 'string') continue;
				for (const w of words(value.replace(/\{[^}]*\}/g, ' ')))
					vocabulary[locale].add(w.toLowerCase());
			}
		}
	}
	return vocabulary;
}

/**
 * Country names are proper names: spelt one way in one language and another way in the next
 * ("Bangladesh", "Bangladés"), they are never a sign of a string left untranslated.
 */
function countryNameWords(): Set<string> {
	const found = new Set<string>();
	const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
	for (const locale of locales) {
		const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
		for (const a of letters)
			for (const b of letters) {
				const name = names.of(a + b);
				if (name) for (const w of words(name)) found.add(w.toLowerCase());
			}
	}
	return found;
}

const vocabulary = messageVocabulary();
const countryWords = countryNameWords();

/** Words of the other languages' messages that the page's own language never uses. */
const foreignWords = Object.fromEntries(
	locales.map((locale) => {
		const foreign = new Set<string>();
		for (const other of locales) {
			if (other === locale) continue;
			for (const w of vocabulary[other])
				if (!vocabulary[locale].has(w) && !countryWords.has(w)) foreign.add(w);
		}
		return [locale, foreign];
	})
) as Record<Locale, Set<string>>;

const network = '/networks/relacopaz';

/**
 * Records as people write them: each in one language only, Spanish or Portuguese, so that every
 * other language's pages show them in the language they were written in. Made once, through the
 * API, so that the pages that show one record have one to show however the run is ordered.
 */
interface AssessmentRow {
	id: string;
	ownerCode: string;
	year: number;
	scope: string;
}

const written = { note: '', request: '', offer: '', pledge: '', centre: '', assessment: '' };

test.beforeAll(async ({ browser }) => {
	const { tokens, users } = accounts();
	const context = await browser.newContext();
	const as = (token: string) => ({ authorization: `Bearer ${token}` });
	const create = async (path: string, token: string | null, data: unknown) => {
		const response = await context.request.post(`/api/v1${network}/${path}`, {
			headers: token ? as(token) : {},
			data
		});
		expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
		return ((await response.json()) as { id: string }).id;
	};
	const inNetwork = { releasability: { level: 'network', participants: [] } };
	written.note = await create('situation-notes', tokens.argEditor, {
		mission: 'UNIFIL',
		countryCode: 'LBN',
		placeName: 'Naqoura',
		observedAt: '2026-03-01T08:30',
		timeZone: 'Asia/Beirut',
		category: 'security',
		severity: 'advisory',
		title: { es: 'Patrullas conjuntas suspendidas por la lluvia' },
		body: { es: 'Los convoyes esperan a que se despeje el camino costero.' },
		...inNetwork
	});
	written.request = await create('cooperation/requests', tokens.braFocal, {
		category: 'training',
		title: { pt: 'Instrutores para o curso de observadores militares' },
		description: { pt: 'Dois instrutores com experiência em missões de paz.' },
		quantity: 2,
		unit: 'instrutores',
		...inNetwork
	});
	written.offer = await create('cooperation/offers', tokens.argEditor, {
		category: 'training',
		title: { es: 'Vacantes en el curso de protección de civiles' },
		description: { es: 'Tres vacantes para oficiales de la región.' },
		capacity: 3,
		unit: 'vacantes',
		...inNetwork
	});
	written.pledge = await create('pledges', tokens.braFocal, {
		unitType: 'engineer_company',
		title: { pt: 'Companhia de engenharia de construção' },
		personnel: { female: 20, male: 130 },
		readinessLevel: 'level_1',
		...inNetwork
	});
	written.centre = await create('training-centres', tokens.braFocal, {
		name: { pt: 'Centro Conjunto de Operações de Paz do Brasil' },
		city: 'Rio de Janeiro',
		countryCode: 'BRA',
		contact: 'ccopab@e2e.test',
		courses: { pt: 'Curso de observadores militares; curso de proteção de civis.' },
		...inNetwork
	});
	// One assessment a year and scope per participant: a run on the same server finds the last one.
	const assessments = await context.request.get(`/api/v1${network}/barrier-assessments`, {
		headers: as(tokens.braFocal)
	});
	const ours = ((await assessments.json()) as { items: AssessmentRow[] }).items.find(
		(a) => a.ownerCode === 'BRA' && a.year === 2026 && a.scope === 'both'
	);
	written.assessment =
		ours?.id ??
		(await create('barrier-assessments', tokens.braFocal, {
			year: 2026,
			scope: 'both',
			...inNetwork
		}));
	// The Presidency opens a decision in Spanish only: it waits on every member's desk.
	const presidency = await context.newPage();
	await signIn(presidency, users.pryFocal.email);
	const opened = await presidency.request.post(`/api/v1${network}/decisions`, {
		data: {
			kind: 'general',
			title: { es: 'Aprobar el plan de ejercicios combinados' },
			text: { es: 'La Presidencia propone el plan de ejercicios combinados del año.' },
			deadline: new Date(Date.now() + 7 * 24 * 3600_000).toISOString()
		}
	});
	expect(opened.status(), await opened.text()).toBe(201);
	await context.close();
});

const anonymousPages = () => [
	'/',
	network,
	`${network}/documents`,
	`${network}/governance`,
	`${network}/decisions`,
	`${network}/declarations`,
	`${network}/calendar`,
	`${network}/calendar?view=month`,
	`${network}/participants/PRY`,
	`${network}/training`,
	`${network}/library`,
	`${network}/library?q=paz`,
	`${network}/missions`,
	`${network}/missions/UNIFIL`,
	'/statistics',
	'/statistics/map',
	'/statistics/countries/URY',
	'/statistics/missions/UNIFIL',
	'/open-data',
	'/login',
	'/forgot-password'
];

const memberPages = () => [
	'/',
	'/account',
	'/account/calendar-feed',
	'/people',
	`${network}/documents/new`,
	`${network}/calendar/new`,
	`${network}/reports`,
	`${network}/decisions`,
	`${network}/webhooks`,
	`${network}/situation-notes`,
	`${network}/situation-notes/${written.note}`,
	`${network}/situation-notes/new`,
	`${network}/missions`,
	`${network}/cooperation`,
	`${network}/cooperation/requests/${written.request}`,
	`${network}/cooperation/offers/${written.offer}`,
	`${network}/cooperation/requests/new`,
	`${network}/cooperation/offers/new`
];

const memberPagesMore = () => [
	`${network}/pledges`,
	`${network}/pledges/${written.pledge}`,
	`${network}/pledges/new`,
	`${network}/pledges/summary`,
	`${network}/pledges/gaps`,
	`${network}/combined-contingents`,
	`${network}/training`,
	`${network}/training/centres/${written.centre}`,
	`${network}/training/centres/new`,
	`${network}/training/nominations`,
	`${network}/barriers`,
	`${network}/barriers/new`,
	`${network}/barriers/${written.assessment}`,
	`${network}/barriers/${written.assessment}/survey`,
	`${network}/barriers/${written.assessment}/recommendations`,
	`${network}/barriers/over-time`,
	`${network}/barriers/regional`,
	`${network}/library?q=paz`
];

const presidencyPages = () => [
	'/',
	`${network}/decisions/new`,
	`${network}/governance`,
	`${network}/declarations`,
	`${network}/reports/new`,
	`${network}/missions/UNIFIL/edit`
];

const adminPages = [
	'/',
	'/admin',
	'/admin/networks',
	'/admin/networks/relacopaz',
	'/admin/outbox',
	'/people',
	'/account'
];

async function untranslated(browser: Browser, locale: Locale, pages: string[], email?: string) {
	const context = await browser.newContext({ locale });
	const page = await context.newPage();
	if (email) await signIn(page, email);
	const found = await walk(page, locale, pages);
	await context.close();
	return found;
}

/** Every page of `pages` in `locale`, chosen as a reader chooses it (the cookie wins). */
async function walk(page: Page, locale: Locale, pages: string[]) {
	await page
		.context()
		.addCookies([
			{ name: 'PARAGLIDE_LOCALE', value: locale, url: test.info().project.use.baseURL! }
		]);
	const found: string[] = [];
	for (const path of pages) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBeLessThan(400);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		const texts = await page.evaluate(() => {
			const pageLanguage = document.documentElement.lang;
			const inPageLanguage = (element: Element) => {
				const marked = element.closest('[lang]');
				return !marked || marked.getAttribute('lang') === pageLanguage;
			};
			const out: string[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const element = node.parentElement;
				if (!element || element.closest('script, style, code, kbd, [translate="no"]')) continue;
				if (inPageLanguage(element) && node.textContent?.trim()) out.push(node.textContent.trim());
			}
			for (const element of document.querySelectorAll(
				'[aria-label], [title], [placeholder], [alt]'
			)) {
				if (!inPageLanguage(element)) continue;
				for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
					const value = element.getAttribute(name);
					if (value) out.push(value);
				}
			}
			return out;
		});
		for (const text of texts) {
			const all = words(text);
			const foreign = all.filter((w) => foreignWords[locale].has(w.toLowerCase()));
			if (foreign.length > 0 && foreign.length * 2 >= all.length)
				found.push(`${path}: ${foreign.join(', ')} in “${text.slice(0, 100)}”`);
		}
	}
	return [...new Set(found)];
}

test('every administration page speaks each language to its readers', async ({ browser }) => {
	test.setTimeout(150_000);
	const { languagesAdmin, password } = accounts();
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/login');
	await page.locator('input[name="email"]').fill(languagesAdmin);
	await page.locator('input[name="password"]').fill(password);
	await page.locator('form:has(input[name="password"]) button[type="submit"]').click();
	await expect(page).toHaveURL(/\/account\/two-factor/);
	const found: string[] = [];
	// Before enrolling a second factor, the enrolment page is the only one an administrator sees.
	for (const locale of locales) found.push(...(await walk(page, locale, ['/account/two-factor'])));
	const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
	const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
	await page.locator('input[name="code"]').fill(totp.generate());
	await page.locator('form:has(input[name="code"]) button[type="submit"]').click();
	await expect(page).toHaveURL(/\/account\?saved=totp/);
	for (const locale of locales) found.push(...(await walk(page, locale, adminPages)));
	await context.close();
	expect(found).toEqual([]);
});

// One test per reader and language: each walk stays well inside its own time limit.
for (const locale of locales) {
	test.describe(`every page speaks ${locale} to ${locale} readers`, () => {
		test('anonymous', async ({ browser }) => {
			test.setTimeout(120_000);
			expect(await untranslated(browser, locale, anonymousPages())).toEqual([]);
		});
		test('a member', async ({ browser }) => {
			test.setTimeout(120_000);
			const email = accounts().users.braFocal.email;
			expect(await untranslated(browser, locale, memberPages(), email)).toEqual([]);
		});
		test('a member, further pages', async ({ browser }) => {
			test.setTimeout(120_000);
			const email = accounts().users.braFocal.email;
			expect(await untranslated(browser, locale, memberPagesMore(), email)).toEqual([]);
		});
		test('the Presidency', async ({ browser }) => {
			test.setTimeout(120_000);
			const email = accounts().users.pryFocal.email;
			expect(await untranslated(browser, locale, presidencyPages(), email)).toEqual([]);
		});
	});
}

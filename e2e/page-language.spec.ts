import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { accounts, signIn } from './fixtures';

/**
 * Every page, in each of the four languages, says everything in that language. The check is a
 * dictionary one: a word the platform's own messages use in another language, and never in the
 * page's, is foreign; a piece of text made mostly of foreign words is a string left untranslated.
 * (Mostly, because the languages share words the messages happen to use in one only, such as
 * "Unidas" in a Spanish name.) Text the page marks as written in another language (`lang`, such
 * as a document's title in the language it was written in) is the author's, not the interface's,
 * and is left out; so are codes (`translate="no"`), acronyms (upper case) and numbers. Country
 * names, in whichever language, are proper names and never foreign.
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

const anonymousPages = [
	'/',
	'/networks/relacopaz',
	'/networks/relacopaz/documents',
	'/networks/relacopaz/governance',
	'/networks/relacopaz/decisions',
	'/networks/relacopaz/declarations',
	'/networks/relacopaz/calendar',
	'/networks/relacopaz/calendar?view=month',
	'/networks/relacopaz/participants/PRY',
	'/statistics',
	'/statistics/map',
	'/statistics/countries/URY',
	'/statistics/missions/UNIFIL',
	'/login',
	'/forgot-password'
];

const memberPages = [
	'/',
	'/account',
	'/account/calendar-feed',
	'/people',
	'/networks/relacopaz/documents/new',
	'/networks/relacopaz/calendar/new',
	'/networks/relacopaz/reports'
];

const presidencyPages = [
	'/',
	'/networks/relacopaz/decisions/new',
	'/networks/relacopaz/reports/new'
];

async function untranslated(browser: Browser, locale: Locale, pages: string[], email?: string) {
	const context = await browser.newContext({ locale });
	const page = await context.newPage();
	if (email) await signIn(page, email);
	// The chosen language wins over the browser's, for a signed-in reader too.
	await context.addCookies([
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
	await context.close();
	return [...new Set(found)];
}

for (const locale of locales) {
	test(`every page speaks ${locale} to ${locale} readers`, async ({ browser }) => {
		test.setTimeout(180_000);
		const users = accounts().users;
		expect(await untranslated(browser, locale, anonymousPages), 'anonymous').toEqual([]);
		expect(
			await untranslated(browser, locale, memberPages, users.braFocal.email),
			'member'
		).toEqual([]);
		expect(
			await untranslated(browser, locale, presidencyPages, users.pryFocal.email),
			'Presidency'
		).toEqual([]);
	});
}

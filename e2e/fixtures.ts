import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';

interface E2eAccounts {
	users: Record<
		'argEditor' | 'braFocal' | 'espObserver' | 'argFocal' | 'pryFocal' | 'alcopazFocal',
		{ email: string }
	>;
	password: string;
	admin: string;
	networksAdmin: string;
	languagesAdmin: string;
	tokens: Record<'argEditor' | 'braFocal' | 'espObserver', string>;
}

/** Written by scripts/e2e-server.js before the server starts. */
export function accounts(): E2eAccounts {
	const dataDir = resolve(process.env.E2E_DATA_DIR ?? '.tmp/e2e-data');
	return JSON.parse(readFileSync(`${dataDir}-users.json`, 'utf8')) as E2eAccounts;
}

export async function signIn(page: Page, email: string): Promise<void> {
	await page.goto('/login');
	await page.locator('input[name="email"]').fill(email);
	await page.locator('input[name="password"]').fill(accounts().password);
	await page.locator('form:has(input[name="password"]) button[type="submit"]').click();
	await expect(page.locator('form[action="/logout"]')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
	await page.locator('form[action="/logout"] button').click();
	await expect(page.locator('a[href="/login"]')).toBeVisible();
}

/**
 * The first whole minute at least `leadSeconds` ahead: date and time inputs hold whole minutes,
 * so a deadline typed in a form is one.
 */
export function nextWholeMinute(leadSeconds: number): Date {
	return new Date(Math.ceil((Date.now() + leadSeconds * 1000) / 60_000) * 60_000);
}

/** A moment as the date and time inputs of a form show it on the wall clock of `zone`. */
export function wallClock(at: Date, zone: string): { date: string; time: string } {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-CA', {
			timeZone: zone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23'
		})
			.formatToParts(at)
			.map((p) => [p.type, p.value])
	);
	return {
		date: `${parts.year}-${parts.month}-${parts.day}`,
		time: `${parts.hour}:${parts.minute}`
	};
}

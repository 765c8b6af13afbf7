import type { Cookies } from '@sveltejs/kit';
import { cookieName as localeCookieName } from '$lib/paraglide/runtime';

export const sessionCookieName = 'session';
export const sessionLifetimeMs = 12 * 3600 * 1000;

export function setSessionCookie(cookies: Cookies, token: string, secure: boolean): void {
	cookies.set(sessionCookieName, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: sessionLifetimeMs / 1000
	});
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(sessionCookieName, { path: '/' });
}

/** Makes a user's chosen language the page language, as the language menu does. */
export function setLocaleCookie(cookies: Cookies, locale: string, secure: boolean): void {
	cookies.set(localeCookieName, locale, {
		path: '/',
		httpOnly: false,
		sameSite: 'lax',
		secure,
		maxAge: 365 * 24 * 3600
	});
}

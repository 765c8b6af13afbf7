import type { Cookies } from '@sveltejs/kit';

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

import '$lib/i18n/api-language';
import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getLocale } from '$lib/paraglide/runtime';
import { runtimeDb, startRuntime, stopRuntime } from '$lib/server/runtime';
import { unsafeResolveSession } from '$lib/server/auth/resolve-actor';
import { sessionCookieName } from '$lib/server/auth/session-cookie';
import { enrollmentRedirect } from '$lib/server/auth/enrollment-guard';
import { translate } from '$lib/i18n/translate';
import { DataDirLockedError } from '$lib/server/db/lock';

export const init: ServerInit = async () => {
	try {
		await startRuntime();
	} catch (error) {
		if (error instanceof DataDirLockedError) {
			console.error(error.message);
			process.exit(2);
		}
		throw error;
	}
	process.once('sveltekit:shutdown', () => {
		void stopRuntime();
	});
};

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, async ({ request, locale }) => {
		event.request = request;
		const db = runtimeDb();
		const authorization = request.headers.get('authorization');
		const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
		const session = await unsafeResolveSession(db, {
			bearerToken: bearer,
			sessionToken: bearer ? undefined : event.cookies.get(sessionCookieName)
		});
		const enrollAt = enrollmentRedirect(session, event.url.pathname);
		if (enrollAt) redirect(303, enrollAt);
		event.locals.actor = session.actor;
		event.locals.user = session.pendingSecondFactor ? null : session.user;
		event.locals.pendingSecondFactor = session.pendingSecondFactor;
		event.locals.sessionHash = session.sessionHash;
		event.locals.ctx = { db, actor: session.actor };
		const response = await resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale)
		});
		if (!response.headers.has('x-content-type-options')) {
			response.headers.set('x-content-type-options', 'nosniff');
		}
		if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
			response.headers.set('x-frame-options', 'DENY');
			response.headers.set('referrer-policy', 'same-origin');
		}
		return response;
	});

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return {
		message: translate(status === 404 ? 'error_not_found' : 'error_internal', {}, getLocale())
	};
};

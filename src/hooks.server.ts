import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { withRequestLocale } from '$lib/i18n/request-locale';
import { withoutHydrationMarkers } from '$lib/server/http/page-html';
import { getLocale } from '$lib/paraglide/runtime';
import {
	readAuditWriter,
	runtimeDb,
	publicOrigin,
	startRuntime,
	stopRuntime
} from '$lib/server/runtime';
import { answerConditionally } from '$lib/server/http/conditional-get';
import { withSecurityHeaders } from '$lib/server/http/security-headers';
import { collectReads, ReadAuditScope } from '$lib/server/audit/read-audit';
import { runReadRequest } from '$lib/server/db/with-actor';
import { unsafeResolveSession } from '$lib/server/auth/resolve-actor';
import { sessionCookieName } from '$lib/server/auth/session-cookie';
import { enrollmentRedirect } from '$lib/server/auth/enrollment-guard';
import { bearerToken, credentialRefusal } from '$lib/server/auth/credential-refusal';
import { asApiProblem } from '$lib/server/http/api-problems';
import { crossSiteRefusal } from '$lib/server/http/cross-site';
import { inputRefusal } from '$lib/server/http/input-refusal';
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
	withRequestLocale(event.request, async (locale) => {
		const refusedInput = crossSiteRefusal(event) ?? (await inputRefusal(event));
		if (refusedInput) return withSecurityHeaders(refusedInput, publicOrigin());
		const { request } = event;
		const db = runtimeDb();
		const authorization = request.headers.get('authorization');
		const bearer = bearerToken(authorization);
		const session = await unsafeResolveSession(db, {
			bearerToken: bearer,
			sessionToken: bearer ? undefined : event.cookies.get(sessionCookieName)
		});
		const refused = credentialRefusal(authorization, session);
		if (refused) return withSecurityHeaders(refused, publicOrigin());
		const enrollAt = enrollmentRedirect(session, event.url.pathname);
		if (enrollAt) redirect(303, enrollAt);
		event.locals.actor = session.actor;
		event.locals.user = session.pendingSecondFactor ? null : session.user;
		event.locals.pendingSecondFactor = session.pendingSecondFactor;
		event.locals.sessionHash = session.sessionHash;
		event.locals.ctx = { db, actor: session.actor };
		const reads = new ReadAuditScope();
		const render = async () =>
			resolve(event, {
				transformPageChunk: ({ html }) => withoutHydrationMarkers(html.replace('%lang%', locale))
			});
		const reading = request.method === 'GET' || request.method === 'HEAD';
		const rendered = await collectReads(reads, () => (reading ? runReadRequest(render) : render()));
		withCachingHeaders(rendered.headers, Boolean(bearer || session.user));
		const response = withSecurityHeaders(asApiProblem(event, rendered), publicOrigin());
		// The restricted reads a request made are audited before its answer leaves.
		await readAuditWriter.write(reads.reads);
		return answerConditionally(request, response);
	});

function withCachingHeaders(headers: Headers, signedIn: boolean): void {
	// Nothing is kept by the browser unless the route says how long it stays true.
	if (!headers.has('cache-control')) {
		headers.set('cache-control', signedIn ? 'private, no-cache' : 'no-cache');
	}
	if (!signedIn) headers.append('vary', 'Cookie, Accept-Language');
}

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return {
		message: translate(status === 404 ? 'error_not_found' : 'error_internal', {}, getLocale())
	};
};

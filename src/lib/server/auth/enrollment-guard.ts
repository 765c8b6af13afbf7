import type { ResolvedSession } from './resolve-actor';

export const enrollmentPath = '/account/two-factor';

/** What an administrator still without TOTP may reach: enrolment, signing out, the language. */
const openWhileEnrolling = [enrollmentPath, '/logout', '/language'];

/**
 * Where to send a request from a browser session that must enrol TOTP first (an administrator
 * without it), or null to let it through. Checked on the server for every request, so skipping
 * the enrolment page leads nowhere.
 */
export function enrollmentRedirect(
	session: Pick<ResolvedSession, 'user' | 'sessionHash' | 'pendingSecondFactor'>,
	pathname: string
): string | null {
	const { user } = session;
	if (!user || !session.sessionHash || session.pendingSecondFactor) return null;
	if (!user.isAdmin || user.totpEnabledAt !== null) return null;
	if (openWhileEnrolling.some((path) => pathname === path || pathname.startsWith(`${path}/`))) {
		return null;
	}
	return enrollmentPath;
}

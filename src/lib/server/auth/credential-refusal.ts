import { translate } from '$lib/i18n/translate';
import { problem } from '../api/http';
import type { ResolvedSession } from './resolve-actor';

/** The token in an `Authorization: Bearer …` header, or undefined when there is none. */
export function bearerToken(authorization: string | null): string | undefined {
	return authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
}

/**
 * The answer to a request whose credential must not act, or null to let it through.
 *
 * A client that sends a credential expects to act as someone: answering a revoked, unknown or
 * malformed one as anonymous would hand it public data with status 200 and hide the fault. And
 * the rule that an administrator enrols a second factor holds for tokens as for browser
 * sessions: a token made from the command line must not carry an administrator's power before
 * its owner has enrolled.
 */
export function credentialRefusal(
	authorization: string | null,
	session: Pick<ResolvedSession, 'user' | 'actor'>
): Response | null {
	if (authorization === null) return null;
	if (!bearerToken(authorization) || !session.actor.userId) {
		const answer = problem(401, translate('error_unauthenticated'), translate('sec_token_invalid'));
		answer.headers.set('www-authenticate', 'Bearer error="invalid_token"');
		return answer;
	}
	if (session.user?.isAdmin && session.user.totpEnabledAt === null) {
		return problem(
			403,
			translate('sec_second_factor_required'),
			translate('sec_admin_token_needs_second_factor')
		);
	}
	return null;
}

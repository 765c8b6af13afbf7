import type { Queryable } from '../db/client';
import { insertSession } from './repository';
import { sessionLifetimeMs } from './session-cookie';
import { hashToken, newSecretToken } from './tokens';

/**
 * Opens a session for a user whose password (or one-time link) has just been checked, and returns
 * the cookie value. The second factor starts as not done: users who have one must still pass it.
 */
export async function unsafeStartSession(q: Queryable, userId: string, now: Date): Promise<string> {
	const token = newSecretToken();
	await insertSession(q, {
		id: hashToken(token),
		userId,
		secondFactorDone: false,
		createdAt: now,
		expiresAt: new Date(now.getTime() + sessionLifetimeMs)
	});
	return token;
}

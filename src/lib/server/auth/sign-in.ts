import type { Database } from '../db/client';
import { appendAudit } from '../audit/append-audit';
import { burnPasswordCheck, verifyPassword } from './passwords';
import { attemptSucceeded, beginAttempt, signInThrottleKeys } from './login-throttle';
import { findUserByEmail } from './repository';
import { secondFactorState, type SecondFactorState } from './second-factor';
import { unsafeStartSession } from './start-session';
import { loadUserActor } from './user-actor';

export type SignInResult =
	| {
			outcome: 'signed_in';
			token: string;
			userId: string;
			/** What the session still needs before it is complete. */
			secondFactor: SecondFactorState;
			locale: string | null;
	  }
	| { outcome: 'invalid' }
	| { outcome: 'throttled' };

/**
 * Checks an email and password and opens a session. An unknown email, an inactive account and a
 * wrong password give the same answer in the same time, so accounts cannot be discovered.
 */
export async function signIn(
	db: Database,
	input: { email: string; password: string; ip: string },
	now = new Date()
): Promise<SignInResult> {
	const attempt = await beginAttempt(db, signInThrottleKeys(input.email, input.ip), now);
	if (!attempt) return { outcome: 'throttled' };
	const user = await findUserByEmail(db, input.email.trim());
	let valid = false;
	if (user && user.active && user.passwordHash) {
		valid = await verifyPassword(user.passwordHash, input.password);
	} else {
		await burnPasswordCheck(input.password);
	}
	if (!user || !valid) return { outcome: 'invalid' };
	return db.transaction(async (tx) => {
		await attemptSucceeded(tx, attempt);
		const token = await unsafeStartSession(tx, user.id, now);
		await appendAudit(tx, await loadUserActor(tx, user.id), {
			action: 'sign_in',
			entityType: 'user',
			entityId: user.id
		});
		return {
			outcome: 'signed_in' as const,
			token,
			userId: user.id,
			secondFactor: secondFactorState(user, false),
			locale: user.locale
		};
	});
}

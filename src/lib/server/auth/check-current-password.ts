import type { Database, Queryable } from '../db/client';
import { DomainError, ValidationError } from '../errors';
import { attemptSucceeded, beginAttempt, maxFailuresPerSecondFactor } from './login-throttle';
import { verifyPassword } from './passwords';
import type { UserRow } from './repository';

/**
 * Asks a signed-in user for the password again before a sensitive change. Wrong answers count
 * toward a throttle of their own, so a left-open session cannot be used to guess it; they do
 * not touch sign-in, which a stranger could otherwise use to block this check.
 */
export async function checkCurrentPassword(
	db: Database,
	user: UserRow,
	password: string,
	now: Date
): Promise<{ succeeded(q: Queryable): Promise<void> }> {
	const attempt = await beginAttempt(
		db,
		[{ key: `reauth:${user.id}`, limit: maxFailuresPerSecondFactor }],
		now
	);
	if (!attempt) throw new DomainError(429, 'auth_throttled', 'Too many attempts');
	if (!(await verifyPassword(user.passwordHash, password))) {
		throw new ValidationError([
			{ path: 'currentPassword', message: 'auth_current_password_wrong' }
		]);
	}
	return { succeeded: (q) => attemptSucceeded(q, attempt) };
}

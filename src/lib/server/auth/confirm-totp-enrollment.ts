import { requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { ConflictError, DomainError, UnauthenticatedError, ValidationError } from '../errors';
import { attemptSucceeded, beginAttempt, secondFactorThrottleKeys } from './login-throttle';
import { findUserById, markSecondFactorDone, updateUser } from './repository';
import { matchTotpStep } from './second-factor';
import type { TotpCodeInput } from './schemas';

/**
 * Turns TOTP on once the user proves the authenticator works by giving a current code. The
 * session it is done from counts as having passed the second factor; the user's other sessions
 * must pass it when next used.
 */
export async function confirmTotpEnrollment(
	ctx: Ctx,
	input: TotpCodeInput & { sessionHash: string | null },
	now = new Date()
): Promise<void> {
	requireSignedIn(ctx.actor);
	const user = await findUserById(ctx.db, ctx.actor.userId);
	if (!user) throw new UnauthenticatedError();
	if (user.totpEnabledAt) {
		throw new ConflictError('auth_totp_already_enabled', 'TOTP is already enabled');
	}
	if (!user.totpSecret) {
		throw new ValidationError([{ path: 'code', message: 'auth_totp_start_again' }]);
	}
	const attempt = await beginAttempt(ctx.db, secondFactorThrottleKeys(user.id), now);
	if (!attempt) throw new DomainError(429, 'auth_throttled', 'Too many attempts');
	const step = matchTotpStep(user.totpSecret, input.code, now);
	if (step === null) {
		throw new ValidationError([{ path: 'code', message: 'auth_totp_code_wrong' }]);
	}
	await ctx.db.transaction(async (tx) => {
		await attemptSucceeded(tx, attempt);
		await updateUser(tx, user.id, { totpEnabledAt: now, totpLastStep: step });
		if (input.sessionHash) await markSecondFactorDone(tx, input.sessionHash);
		await appendAudit(tx, ctx.actor, {
			action: 'enable_totp',
			entityType: 'user',
			entityId: user.id
		});
	});
}

import type { Database } from '../db/client';
import { appendAudit } from '../audit/append-audit';
import { attemptSucceeded, beginAttempt, secondFactorThrottleKeys } from './login-throttle';
import { claimTotpStep, findSessionWithUser, markSecondFactorDone } from './repository';
import { matchTotpStep } from './second-factor';
import { actorFrom } from './resolve-actor';

export type SecondFactorResult =
	| { outcome: 'verified' }
	| { outcome: 'invalid' }
	| { outcome: 'throttled' }
	/** No session waiting for a code: signed out, expired, or the user has no second factor. */
	| { outcome: 'no_session' };

/**
 * The code step after the password. A code is accepted once: its time step is stored, and a code
 * from that step or an earlier one is refused. Wrong codes count toward the same throttle as
 * passwords, per user.
 */
export async function verifySecondFactor(
	db: Database,
	input: { sessionHash: string | null; code: string },
	now = new Date()
): Promise<SecondFactorResult> {
	if (!input.sessionHash) return { outcome: 'no_session' };
	const row = await findSessionWithUser(db, input.sessionHash, now);
	if (!row || !row.user.totpSecret || !row.user.totpEnabledAt) return { outcome: 'no_session' };
	if (row.session.secondFactorDone) return { outcome: 'verified' };
	const attempt = await beginAttempt(db, secondFactorThrottleKeys(row.user.id), now);
	if (!attempt) return { outcome: 'throttled' };
	const step = matchTotpStep(row.user.totpSecret, input.code, now);
	if (step === null) return { outcome: 'invalid' };
	const sessionHash = input.sessionHash;
	return db.transaction(async (tx) => {
		if (!(await claimTotpStep(tx, row.user.id, step))) return { outcome: 'invalid' as const };
		await attemptSucceeded(tx, attempt);
		await markSecondFactorDone(tx, sessionHash);
		await appendAudit(tx, actorFrom(row), {
			action: 'second_factor',
			entityType: 'user',
			entityId: row.user.id
		});
		return { outcome: 'verified' as const };
	});
}

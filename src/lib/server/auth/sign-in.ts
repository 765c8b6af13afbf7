import { m } from '$lib/paraglide/messages';
import type { Database } from '../db/client';
import { appendAudit } from '../audit/append-audit';
import { enqueueMail, unsafeDeliverOutbox } from '../mail/send-mail';
import { burnPasswordCheck, verifyPassword } from './passwords';
import {
	attemptSucceeded,
	beginAttempt,
	beginSignInAttempt,
	releaseAttempt,
	secondFactorThrottleKeys,
	signInKeys,
	throttleWindowMs
} from './login-throttle';
import { mailLocale } from './mail-locale';
import {
	claimTotpStep,
	countAttemptsSince,
	countFailuresSince,
	findUserByEmail,
	insertLoginAttempts,
	markSecondFactorDone,
	type UserRow
} from './repository';
import { matchTotpStep, secondFactorState, type SecondFactorState } from './second-factor';
import { unsafeStartSession } from './start-session';
import { hashToken } from './tokens';
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
	/** Try again in `retryAfterSeconds`, or now with the second factor's code. */
	| { outcome: 'throttled'; retryAfterSeconds: number };

/** Failures on one account, from anywhere, after which its owner is told by mail (once a day). */
export const failureNoticeAfter = 5;
const noticeIntervalMs = 24 * 3600 * 1000;

/**
 * Checks an email and password and opens a session. An unknown email, an inactive account and a
 * wrong password give the same answer in the same time, so accounts cannot be discovered.
 *
 * When this address must wait before trying this account again, the password alone is not
 * looked at; the password together with a valid second-factor code still signs in, so an
 * attacker's failures never keep out an owner who has a second factor. A wrong password or code
 * then gets the same "wait" answer, which tells a guesser nothing.
 */
export async function signIn(
	db: Database,
	input: { email: string; password: string; ip: string; code?: string; origin?: string },
	now = new Date()
): Promise<SignInResult> {
	const gate = await beginSignInAttempt(db, input.email, input.ip, now);
	const throttled = async (): Promise<SignInResult> => {
		await releaseAttempt(db, gate.attempt);
		return { outcome: 'throttled', retryAfterSeconds: Math.ceil(gate.waitMs / 1000) };
	};
	if (gate.waitMs > 0 && !input.code) return throttled();
	const user = await findUserByEmail(db, input.email.trim());
	let valid = false;
	if (user && user.active && user.passwordHash) {
		valid = await verifyPassword(user.passwordHash, input.password);
	} else {
		await burnPasswordCheck(input.password);
	}
	if (gate.waitMs > 0) {
		if (!user || !valid || !(await codeAccepted(db, user, input.code ?? '', now))) {
			return throttled();
		}
		return openSession(db, user, gate.attempt, true, now);
	}
	if (!user || !valid) {
		if (user?.active) await noticeFailures(db, user, input.origin, now);
		return { outcome: 'invalid' };
	}
	// A code given with the password completes the second factor at once.
	const codeDone = input.code ? await codeAccepted(db, user, input.code, now) : false;
	return openSession(db, user, gate.attempt, codeDone, now);
}

/** A second-factor code for this user, checked and used up; wrong ones count per user. */
async function codeAccepted(db: Database, user: UserRow, code: string, now: Date) {
	if (!user.totpSecret || !user.totpEnabledAt) return false;
	const attempt = await beginAttempt(db, secondFactorThrottleKeys(user.id), now);
	if (!attempt) return false;
	const step = matchTotpStep(user.totpSecret, code, now);
	if (step === null || !(await claimTotpStep(db, user.id, step))) return false;
	await attemptSucceeded(db, attempt);
	return true;
}

function openSession(
	db: Database,
	user: UserRow,
	attempt: { ids: number[] },
	secondFactorDone: boolean,
	now: Date
): Promise<SignInResult> {
	return db.transaction(async (tx) => {
		await attemptSucceeded(tx, attempt);
		const token = await unsafeStartSession(tx, user.id, now);
		if (secondFactorDone) await markSecondFactorDone(tx, hashToken(token));
		const actor = await loadUserActor(tx, user.id);
		await appendAudit(tx, actor, { action: 'sign_in', entityType: 'user', entityId: user.id });
		if (secondFactorDone) {
			await appendAudit(tx, actor, {
				action: 'second_factor',
				entityType: 'user',
				entityId: user.id
			});
		}
		return {
			outcome: 'signed_in' as const,
			token,
			userId: user.id,
			secondFactor: secondFactorState(user, secondFactorDone),
			locale: user.locale
		};
	});
}

/** Tells the owner, by mail and at most once a day, that someone keeps failing on the account. */
async function noticeFailures(
	db: Database,
	user: UserRow,
	origin: string | undefined,
	now: Date
): Promise<void> {
	const { account } = signInKeys(user.email, '');
	const failures =
		(await countFailuresSince(db, [account], new Date(now.getTime() - throttleWindowMs))).get(
			account
		) ?? 0;
	if (failures < failureNoticeAfter) return;
	const noticeKey = `notice:${user.id}`;
	const queued = await db.transaction(async (tx) => {
		if ((await countAttemptsSince(tx, noticeKey, new Date(now.getTime() - noticeIntervalMs))) > 0) {
			return false;
		}
		// Kept as a success so that it never counts as a failure of anything.
		await insertLoginAttempts(tx, [noticeKey], true, now);
		const locale = mailLocale(user);
		await enqueueMail(tx, {
			to: user.email,
			subject: m.sec_mail_failed_signins_subject({}, { locale }),
			text: m.sec_mail_failed_signins_body(
				{ count: failures, url: `${origin ?? ''}/account` },
				{ locale }
			)
		});
		return true;
	});
	if (queued) void unsafeDeliverOutbox(db);
}

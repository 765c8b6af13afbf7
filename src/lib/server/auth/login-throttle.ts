import type { Queryable } from '../db/client';
import {
	attemptHistories,
	countFailuresSince,
	deleteLoginAttempts,
	insertLoginAttempts,
	markLoginAttemptsSucceeded
} from './repository';

export const throttleWindowMs = 15 * 60 * 1000;
export const maxFailuresPerSecondFactor = 5;

/**
 * Sign-in is slowed, never locked: a wrong password from one address for one account doubles
 * the wait before that address may try that account again (after a few free tries, up to 15
 * minutes), so guessing is slow while the owner, elsewhere, is not affected at all. One address
 * failing on many accounts meets a cap; behind that cap (or that wait) the owner still gets in
 * by giving the second factor's code with the password, which an attacker cannot.
 */
export const freeFailuresPerPair = 3;
export const maxPairDelayMs = 15 * 60 * 1000;
export const pairMemoryMs = 24 * 3600 * 1000;
export const maxFailuresPerAddress = 100;

export interface ThrottleKey {
	key: string;
	limit: number;
}

export function secondFactorThrottleKeys(userId: string): ThrottleKey[] {
	return [{ key: `totp:${userId}`, limit: maxFailuresPerSecondFactor }];
}

export interface Attempt {
	ids: number[];
}

/**
 * Starts an attempt: it is written down as failed before the count, so attempts running at the
 * same time count each other and none slips past the limit. A refused attempt is removed again,
 * so that being refused does not push the end of the window further away.
 */
export async function beginAttempt(
	q: Queryable,
	keys: ThrottleKey[],
	now: Date
): Promise<Attempt | null> {
	const ids = await insertLoginAttempts(
		q,
		keys.map((k) => k.key),
		false,
		now
	);
	const failures = await countFailuresSince(
		q,
		keys.map((k) => k.key),
		new Date(now.getTime() - throttleWindowMs)
	);
	if (keys.some((k) => (failures.get(k.key) ?? 0) > k.limit)) {
		await deleteLoginAttempts(q, ids);
		return null;
	}
	return { ids };
}

/** A success is kept as a record; it does not wipe earlier failures. */
export function attemptSucceeded(q: Queryable, attempt: Attempt): Promise<void> {
	return markLoginAttemptsSucceeded(q, attempt.ids);
}

/** Keys of one sign-in attempt: the account and address together, the address, the account. */
export function signInKeys(email: string, ip: string) {
	const account = email.trim().toLowerCase();
	return { pair: `pair:${account}|${ip}`, address: `ip:${ip}`, account };
}

/** The wait after `failures` consecutive failures of one account from one address. */
export function pairDelayMs(failures: number): number {
	if (failures < freeFailuresPerPair) return 0;
	return Math.min(1000 * 2 ** (failures - freeFailuresPerPair), maxPairDelayMs);
}

export interface SignInGate {
	attempt: Attempt;
	/** How long this address must still wait before trying this account; 0 when it may. */
	waitMs: number;
}

/**
 * Starts a sign-in attempt (written down as failed, so attempts at the same time count each
 * other) and says how long the caller should have waited. A refused attempt is removed again
 * with `releaseAttempt`, so hammering during the wait does not lengthen it.
 */
export async function beginSignInAttempt(
	q: Queryable,
	email: string,
	ip: string,
	now: Date
): Promise<SignInGate> {
	const keys = signInKeys(email, ip);
	const ids = await insertLoginAttempts(q, [keys.pair, keys.address, keys.account], false, now);
	const pair = (
		await attemptHistories(q, [keys.pair], new Date(now.getTime() - pairMemoryMs), ids)
	).get(keys.pair);
	const addressFailures =
		(await countFailuresSince(q, [keys.address], new Date(now.getTime() - throttleWindowMs))).get(
			keys.address
		) ?? 0;
	let waitMs = 0;
	if (pair?.lastFailureAt) {
		const readyAt = pair.lastFailureAt.getTime() + pairDelayMs(pair.failures);
		waitMs = Math.max(0, readyAt - now.getTime());
	}
	if (addressFailures > maxFailuresPerAddress) waitMs = Math.max(waitMs, throttleWindowMs);
	return { attempt: { ids }, waitMs };
}

export function releaseAttempt(q: Queryable, attempt: Attempt): Promise<void> {
	return deleteLoginAttempts(q, attempt.ids);
}

import type { Queryable } from '../db/client';
import {
	countFailuresSince,
	deleteLoginAttempts,
	insertLoginAttempts,
	markLoginAttemptsSucceeded
} from './repository';

export const throttleWindowMs = 15 * 60 * 1000;
export const maxFailuresPerEmail = 5;
export const maxFailuresPerIp = 20;
export const maxFailuresPerSecondFactor = 5;

export interface ThrottleKey {
	key: string;
	limit: number;
}

export function signInThrottleKeys(email: string, ip: string): ThrottleKey[] {
	return [
		{ key: email.trim().toLowerCase(), limit: maxFailuresPerEmail },
		{ key: `ip:${ip}`, limit: maxFailuresPerIp }
	];
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

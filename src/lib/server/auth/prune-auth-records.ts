import type { Database } from '../db/client';
import { startPeriodicJob } from '../periodic-job';
import { throttleWindowMs } from './login-throttle';
import {
	deleteExpiredOneTimeTokens,
	deleteExpiredSessions,
	deleteLoginAttemptsBefore
} from './repository';

/** How long sign-in attempts are kept after the throttle stops counting them, for review. */
export const loginAttemptRetentionMs = 30 * 24 * 3600 * 1000;
const oneTimeTokenRetentionMs = 7 * 24 * 3600 * 1000;

/** Removes expired sessions, old sign-in attempts and long-expired links. System housekeeping. */
export async function unsafePruneAuthRecords(db: Database, now = new Date()): Promise<void> {
	await deleteExpiredSessions(db, now);
	await deleteLoginAttemptsBefore(
		db,
		new Date(now.getTime() - Math.max(loginAttemptRetentionMs, throttleWindowMs))
	);
	await deleteExpiredOneTimeTokens(db, new Date(now.getTime() - oneTimeTokenRetentionMs));
}

/** Runs the housekeeping hourly. */
export function startAuthHousekeeping(db: Database, intervalMs = 3600 * 1000): () => Promise<void> {
	return startPeriodicJob('Pruning sign-in records', () => unsafePruneAuthRecords(db), intervalMs);
}

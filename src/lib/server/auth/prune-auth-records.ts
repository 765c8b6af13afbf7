import type { Database } from '../db/client';
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

/** Runs the housekeeping hourly; the timer does not keep the process alive. */
export function startAuthHousekeeping(db: Database, intervalMs = 3600 * 1000): () => Promise<void> {
	let last: Promise<void> = Promise.resolve();
	const run = () => {
		last = unsafePruneAuthRecords(db).catch((error: unknown) => {
			console.error('Pruning sign-in records failed:', error);
		});
	};
	run();
	const timer = setInterval(run, intervalMs);
	timer.unref();
	return async () => {
		clearInterval(timer);
		await last;
	};
}

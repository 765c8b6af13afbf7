import type { Database } from '../db/client';
import { unsafeDeliverOutbox } from './send-mail';

export const outboxRetryIntervalMs = 5 * 60 * 1000;

/**
 * Delivers what is waiting at start and then retries unsent mail every few minutes, so a message
 * that met a mail server outage still goes out. The timer does not keep the process alive; the
 * returned function stops it and waits for a pass under way.
 */
export function startOutboxRetry(
	db: Database,
	intervalMs = outboxRetryIntervalMs
): () => Promise<void> {
	let last = unsafeDeliverOutbox(db);
	const timer = setInterval(() => {
		last = unsafeDeliverOutbox(db);
	}, intervalMs);
	timer.unref();
	return async () => {
		clearInterval(timer);
		await last;
	};
}

import type { Database } from '../db/client';
import { unsafeDeliverOutbox } from './send-mail';
import { startPeriodicJob } from '../periodic-job';

export const outboxRetryIntervalMs = 5 * 60 * 1000;

/**
 * Delivers what is waiting at start and then retries unsent mail every few minutes, so a message
 * that met a mail server outage still goes out.
 */
export function startOutboxRetry(
	db: Database,
	intervalMs = outboxRetryIntervalMs
): () => Promise<void> {
	return startPeriodicJob('Delivering the outbox', () => unsafeDeliverOutbox(db), intervalMs);
}

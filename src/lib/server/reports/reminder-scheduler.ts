import type { Database } from '../db/client';
import { unsafeSendReportReminders } from './send-reminders';
import { startPeriodicJob } from '../periodic-job';

export const reminderIntervalMs = 15 * 60 * 1000;

/**
 * Runs the reminder pass at start and then every quarter of an hour. What makes each reminder go
 * out once is the reminder table's unique claim, not this timer, so any number of processes may
 * run it.
 */
export function startReportReminders(
	db: Database,
	origin: string,
	intervalMs = reminderIntervalMs
): () => Promise<void> {
	return startPeriodicJob(
		'Report reminders',
		() => unsafeSendReportReminders(db, { origin }),
		intervalMs
	);
}

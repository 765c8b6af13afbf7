import type { Database } from '../db/client';
import { unsafeSendReportReminders } from './send-reminders';

export const reminderIntervalMs = 15 * 60 * 1000;

/**
 * Runs the reminder pass at start and then every quarter of an hour. What makes each reminder go
 * out once is the reminder table's unique claim, not this timer, so any number of processes may
 * run it. A pass still under way is not started again; the timer does not keep the process alive,
 * and the returned function stops it and waits for the pass under way.
 */
export function startReportReminders(
	db: Database,
	origin: string,
	intervalMs = reminderIntervalMs
): () => Promise<void> {
	let running: Promise<void> | null = null;
	const run = () => {
		if (running) return;
		running = unsafeSendReportReminders(db, { origin })
			.then(() => undefined)
			.catch((error: unknown) => {
				console.error('Report reminders failed:', error);
			})
			.finally(() => {
				running = null;
			});
	};
	run();
	const timer = setInterval(run, intervalMs);
	timer.unref();
	return async () => {
		clearInterval(timer);
		await running;
	};
}

import { sql } from 'drizzle-orm';
import type { Database } from './client';

/**
 * The embedded database runs without PostgreSQL's background workers, so autovacuum never
 * refreshes the planner's statistics: a table it believes empty gets plans made for one row.
 * This refreshes them at start and then every `intervalMs`. PostgreSQL servers do it themselves.
 */
export function startPlannerStatistics(
	db: Database,
	intervalMs = 3600 * 1000
): () => Promise<void> {
	let last: Promise<void> = Promise.resolve();
	const run = () => {
		// A smaller sample than the server default: the embedded database's memory is the
		// process's, and never shrinks once grown.
		last = db
			.transaction(async (tx) => {
				await tx.execute(sql`SET LOCAL default_statistics_target = 20`);
				await tx.execute(sql`ANALYZE`);
			})
			.catch((error: unknown) => {
				console.error('Refreshing the planner statistics failed:', error);
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

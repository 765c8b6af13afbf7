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
		last = db
			.execute(sql`ANALYZE`)
			.then(() => undefined)
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

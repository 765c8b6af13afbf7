import { sql } from 'drizzle-orm';
import type { Database } from './client';
import { startPeriodicJob } from '../periodic-job';

/**
 * The embedded database runs without PostgreSQL's background workers, so autovacuum never
 * refreshes the planner's statistics: a table it believes empty gets plans made for one row.
 * This refreshes them at start and then every `intervalMs`. PostgreSQL servers do it themselves.
 */
export function startPlannerStatistics(
	db: Database,
	intervalMs = 3600 * 1000
): () => Promise<void> {
	return startPeriodicJob(
		'Refreshing the planner statistics',
		() => refreshPlannerStatistics(db),
		intervalMs
	);
}

/** One refresh of the planner's statistics, as the running platform does every hour. */
export function refreshPlannerStatistics(db: Database): Promise<void> {
	return db.transaction(async (tx) => {
		// A smaller sample than the server default: the embedded database's memory is the
		// process's, and never shrinks once grown.
		await tx.execute(sql`SET LOCAL default_statistics_target = 20`);
		await tx.execute(sql`ANALYZE`);
	});
}

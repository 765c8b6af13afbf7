import { count } from 'drizzle-orm';
import type { Database } from '../db/client';
import { reportingMissions } from '../db/schema';
import { unsafeWithSystem } from '../db/with-actor';
import { dataSourcesDir, missionsFile, readMissionsFile } from './missions';
import { upsertMissions } from './repository';

/**
 * Loads the UN mission list that report activities refer to. Safe to repeat: rows are upserted by
 * acronym. An installation that already has the list may run without the source file.
 */
export async function unsafeSeedReports(db: Database): Promise<{ missions: number }> {
	// Unsafe: reference data is written as the database owner, as startup has no acting user.
	const rows = await readMissionsFile();
	return unsafeWithSystem(db, async (tx) => {
		if (rows) {
			await upsertMissions(tx, rows);
			return { missions: rows.length };
		}
		const [existing] = await tx.select({ n: count() }).from(reportingMissions);
		if ((existing?.n ?? 0) > 0) return { missions: existing!.n };
		throw new Error(`The UN mission list is missing: ${dataSourcesDir()}/${missionsFile}`);
	});
}

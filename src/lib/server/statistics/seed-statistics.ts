import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db/client';
import { unsafeHasStatistics, unsafeImportUnContributions } from './import-un-contributions';
import { missionsFileName } from './mission-locations';

export const contributionsFileName = 'un_uniformed_contributions_monthly_2019-12_2025-07.csv';
export const totalsFileName = 'un_uniformed_contributions_monthly_totals.csv';

export function unSourcesDir(): string {
	return path.resolve(process.env.DATA_SOURCES_DIR ?? 'data-sources', 'un');
}

async function readIfPresent(file: string): Promise<string | undefined> {
	try {
		return await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** The missions file shipped with the platform, for imports that name none. */
export function readShippedMissions(dir = unSourcesDir()): Promise<string | undefined> {
	return readIfPresent(path.join(dir, missionsFileName));
}

/**
 * Imports the UN figures shipped with the platform when none are stored yet, so that a new
 * installation shows real statistics. Later imports are the operator's.
 */
export async function unsafeSeedStatistics(
	db: Database,
	dir = unSourcesDir()
): Promise<{ imported: boolean }> {
	// Unsafe: startup work without an acting user; the figures are public data.
	if (await unsafeHasStatistics(db)) return { imported: false };
	const contributionsCsv = await readIfPresent(path.join(dir, contributionsFileName));
	if (!contributionsCsv) return { imported: false };
	await unsafeImportUnContributions(db, {
		contributionsCsv,
		totalsCsv: await readIfPresent(path.join(dir, totalsFileName)),
		missionsCsv: await readShippedMissions(dir),
		sourceFile: contributionsFileName
	});
	return { imported: true };
}

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { MissionRow } from './repository';

export const missionsFile = 'un/un_peacekeeping_missions_DPPADPOSS-PKO.csv';

export function dataSourcesDir(): string {
	return path.resolve(process.env.DATA_SOURCES_DIR ?? 'data-sources');
}

/**
 * Corrections to the published file, which is kept byte for byte as downloaded: MINUSMA is still
 * flagged active although it closed on 2023-12-31, and the DOMREP name is cut off with a stray
 * quote.
 */
const corrections: Record<string, Partial<MissionRow>> = {
	MINUSMA: { active: false, endsOn: '2023-12-31' },
	DOMREP: {
		name: 'Mission of the Representative of the Secretary-General in the Dominican Republic'
	}
};

/**
 * The UN peacekeeping missions an activity may name. Rows that merely combine two listed missions
 * ("… (I & II)") are left out, so that each mission is offered once. The active flag is written
 * "Yes", "No" and once "NO".
 */
export function parseMissions(csv: string): MissionRow[] {
	const records = parse(csv, { columns: true, skip_empty_lines: true, trim: true }) as Record<
		string,
		string
	>[];
	const rows = new Map<string, MissionRow>();
	for (const record of records) {
		const acronym = record.mission_acronym?.trim();
		const name = record.mission_name?.trim();
		if (!acronym || !name || /\(I & II\)$/.test(name)) continue;
		rows.set(acronym, {
			acronym,
			name,
			active: record.mission_isactive?.toLowerCase() === 'yes',
			startsOn: record.start_date || null,
			endsOn: record.end_date || null,
			...corrections[acronym]
		});
	}
	return [...rows.values()].sort((a, b) => a.acronym.localeCompare(b.acronym));
}

export async function readMissionsFile(dir = dataSourcesDir()): Promise<MissionRow[] | null> {
	try {
		return parseMissions(await readFile(path.join(dir, missionsFile), 'utf8'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
}

import { describe, expect, it } from 'vitest';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { is } from 'drizzle-orm';
import * as schema from '../db/schema';
import { participantExportHeaderKeys } from './schemas';
import { notOwnedByParticipant, participantExportSections } from './sections';

/** Tables with a column that refers to a participant: their rows belong to, or concern, one. */
function tablesReferringToParticipants(): string[] {
	const names: string[] = [];
	for (const value of Object.values(schema)) {
		if (!is(value, PgTable)) continue;
		const config = getTableConfig(value);
		const refers = config.foreignKeys.some(
			(fk) => getTableConfig(fk.reference().foreignTable).name === 'participants'
		);
		if (refers) names.push(config.name);
	}
	return names.sort();
}

describe('participant export sections', () => {
	it('have distinct keys that do not overwrite the header', () => {
		const keys = participantExportSections.map((section) => section.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const key of keys) {
			expect(participantExportHeaderKeys as readonly string[]).not.toContain(key);
		}
	});

	it('export every table that refers to a participant, or say why it is not the participant’s', () => {
		expect(tablesReferringToParticipants()).toEqual(
			expect.arrayContaining(['decisions', 'decision_events', 'declaration_amendments'])
		);
		const covered = new Set(participantExportSections.flatMap((section) => section.tables));
		const missing = tablesReferringToParticipants().filter(
			(name) => !covered.has(name) && !(name in notOwnedByParticipant)
		);
		expect(missing).toEqual([]);
	});
});

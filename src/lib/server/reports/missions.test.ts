import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missionsFile, parseMissions } from './missions';
import { ranDuring } from './list-missions';

describe('parseMissions', () => {
	const missions = parseMissions(readFileSync(`data-sources/${missionsFile}`, 'utf8'));
	const byAcronym = new Map(missions.map((m) => [m.acronym, m]));

	it('lists each mission once, without the combined rows', () => {
		expect(missions).toHaveLength(78);
		expect(byAcronym.has('UNOSOM')).toBe(false);
		expect(byAcronym.has('UNOSOM I')).toBe(true);
		expect(new Set(missions.map((m) => m.acronym)).size).toBe(missions.length);
	});

	it('marks the eleven current missions active, and MINUSMA closed', () => {
		const active = missions.filter((m) => m.active).map((m) => m.acronym);
		expect(active.sort()).toEqual(
			[
				'MINURSO',
				'MINUSCA',
				'MONUSCO',
				'UNDOF',
				'UNFICYP',
				'UNIFIL',
				'UNISFA',
				'UNMIK',
				'UNMISS',
				'UNMOGIP',
				'UNTSO'
			].sort()
		);
		expect(byAcronym.get('MINUSMA')).toMatchObject({ active: false, endsOn: '2023-12-31' });
		expect(byAcronym.get('MINUSTAH')?.active).toBe(false);
	});

	it('repairs the garbled DOMREP name', () => {
		expect(byAcronym.get('DOMREP')?.name).not.toContain('"');
		expect(byAcronym.get('DOMREP')?.name).toMatch(/Dominican Republic$/);
	});
});

describe('missions offered for a report', () => {
	const period = { from: '2024-01-01', to: '2024-12-31' };
	it('offers only missions that ran during the period', () => {
		expect(ranDuring({ startsOn: '1978-03-19', endsOn: null }, period)).toBe(true);
		expect(ranDuring({ startsOn: '2013-04-25', endsOn: '2023-12-31' }, period)).toBe(false);
		expect(ranDuring({ startsOn: '2025-02-01', endsOn: null }, period)).toBe(false);
		expect(ranDuring({ startsOn: '2010-01-01', endsOn: '2024-01-01' }, period)).toBe(true);
		expect(ranDuring({ startsOn: null, endsOn: null }, period)).toBe(true);
	});
});

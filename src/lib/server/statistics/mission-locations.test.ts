import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missionsFileName, parseDecimalComma, parseMissionLocations } from './mission-locations';

const missions = parseMissionLocations(readFileSync(`data-sources/un/${missionsFileName}`, 'utf8'));
const byAcronym = new Map(missions.map((m) => [m.acronym, m]));

describe('mission locations', () => {
	it('reads decimal commas', () => {
		expect(parseDecimalComma('15,9833')).toBe(15.9833);
		expect(parseDecimalComma('-8,8383')).toBe(-8.8383);
		expect(parseDecimalComma('')).toBeNull();
	});

	it('puts swapped coordinates right', () => {
		expect(byAcronym.get('UNOSOM I')).toMatchObject({ longitude: 45.35, latitude: 2.0333 });
		expect(byAcronym.get('UNAVEM II')).toMatchObject({ longitude: 13.2344, latitude: -8.8383 });
		expect(byAcronym.get('UNEF')).toMatchObject({ longitude: 34.4667, latitude: 31.5 });
		expect(byAcronym.get('MINUSMA')).toMatchObject({ longitude: -8, latitude: 12.65 });
	});

	it('gives one city the same coordinates in every row', () => {
		const byCity = new Map<string, string>();
		for (const m of missions) {
			if (!m.location || m.longitude === null) continue;
			const key = `${m.longitude},${m.latitude}`;
			const seen = byCity.get(m.location);
			if (seen) expect(key, `${m.acronym} in ${m.location}`).toBe(seen);
			else byCity.set(m.location, key);
		}
		expect(byCity.size).toBeGreaterThan(30);
	});

	it('keeps every headquarters within the band of its region', () => {
		for (const m of missions) {
			if (m.longitude === null || m.latitude === null) continue;
			expect(Math.abs(m.latitude), m.acronym).toBeLessThan(50);
			expect(m.longitude, m.acronym).toBeGreaterThan(-95);
			expect(m.longitude, m.acronym).toBeLessThan(130);
		}
	});

	it('places every mission of the monthly reports', () => {
		const reported = [
			'BINUH',
			'MINURSO',
			'MINUSCA',
			'MINUSMA',
			'MONUSCO',
			'UNAMA',
			'UNAMI',
			'UNAMID',
			'UNDOF',
			'UNFICYP',
			'UNIFIL',
			'UNIOGBIS',
			'UNISFA',
			'UNITAMS',
			'UNMHA',
			'UNMIK',
			'UNMISS',
			'UNMOGIP',
			'UNOWAS',
			'UNSMIL',
			'UNSOM',
			'UNSOS',
			'UNTMIS',
			'UNTSO',
			'UNVMC'
		];
		for (const acronym of reported) {
			expect(byAcronym.get(acronym)?.latitude, acronym).toEqual(expect.any(Number));
		}
	});

	it('completes the truncated DOMREP name', () => {
		expect(byAcronym.get('DOMREP')?.name).not.toContain('"');
	});
});

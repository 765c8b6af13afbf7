import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localizedMissionName, missionsWithOfficialNames } from './mission-names';

describe('mission names', () => {
	it('has the official Spanish and French name of every mission in the contribution reports', () => {
		const csv = readFileSync(
			'data-sources/un/un_uniformed_contributions_monthly_2019-12_2025-07.csv',
			'utf8'
		);
		const acronyms = new Set(
			csv
				.split('\n')
				.slice(1)
				.filter(Boolean)
				.map((line) => line.split(',')[1])
		);
		expect([...acronyms].filter((a) => a && !missionsWithOfficialNames.includes(a))).toEqual([]);
	});

	it('gives the English name, marked as English, where the UN has none in the language', () => {
		const english = 'United Nations Interim Force in Lebanon';
		expect(localizedMissionName('UNIFIL', english, 'es')).toEqual({
			name: 'Fuerza Provisional de las Naciones Unidas en el Líbano',
			lang: 'es'
		});
		expect(localizedMissionName('UNIFIL', english, 'fr')?.lang).toBe('fr');
		expect(localizedMissionName('UNIFIL', english, 'pt')).toEqual({ name: english, lang: 'en' });
		expect(localizedMissionName('UNYOM', null, 'es')).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import { contingentFigures } from './contingent-figures';

describe('contingent figures', () => {
	it('sum personnel, give the women’s share and the lowest readiness', () => {
		const figures = contingentFigures(
			[
				{ female: 30, male: 370, readinessLevel: 'level_3' },
				{ female: 50, male: 250, readinessLevel: 'level_2' },
				{ female: 0, male: 100, readinessLevel: 'rapid_deployment' }
			],
			null
		);
		expect(figures.personnel).toEqual({ female: 80, male: 720, total: 800 });
		expect(figures.femaleShare).toBeCloseTo(0.1);
		expect(figures.readinessLevel).toBe('level_2');
		expect(figures.gaps).toBeNull();
	});

	it('have no share and no level without contributions', () => {
		expect(contingentFigures([], null)).toMatchObject({
			personnel: { female: 0, male: 0, total: 0 },
			femaleShare: null,
			readinessLevel: null
		});
	});

	it('show the gaps against a battalion’s minimum strength and the 2028 parity target', () => {
		const figures = contingentFigures(
			[{ female: 80, male: 720, readinessLevel: 'level_1' }],
			'infantry_battalion'
		);
		expect(figures.gaps).toEqual({
			minimumPersonnel: 850,
			missingPersonnel: 50,
			femaleShareTarget: 0.15,
			femaleShareMet: false
		});
		const met = contingentFigures(
			[{ female: 140, male: 760, readinessLevel: 'level_1' }],
			'infantry_battalion'
		);
		expect(met.gaps).toMatchObject({ missingPersonnel: 0, femaleShareMet: true });
	});
});

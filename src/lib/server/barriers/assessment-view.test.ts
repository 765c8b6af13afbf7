import { describe, expect, it } from 'vitest';
import { barrierAreas } from '$lib/components/barriers/vocabulary';
import { toSurveyResults } from './assessment-view';
import type { AggregateRow } from './repository';

function rows(grp: AggregateRow['grp'], respondents: number): AggregateRow[] {
	return barrierAreas.map((area) => ({
		grp,
		respondents,
		area,
		d1: 0,
		d2: respondents / 2,
		d3: 0,
		d4: respondents / 2,
		d5: 0
	}));
}

describe('survey results from the database’s aggregates', () => {
	it('show nothing before the first group of ten', () => {
		expect(toSurveyResults(9, [])).toEqual({
			threshold: 10,
			received: 9,
			released: 0,
			groups: [],
			breakdownWithheld: false
		});
	});

	it('arrange groups in order with each area’s mean, and say when a breakdown was withheld', () => {
		const results = toSurveyResults(24, [...rows('man', 10), ...rows('all', 20)]);
		expect(results.groups.map((g) => g.group)).toEqual(['all', 'man']);
		expect(results.released).toBe(20);
		expect(results.breakdownWithheld).toBe(true);
		expect(results.groups[0]!.areas[0]).toEqual({
			area: 'eligible_pool',
			distribution: [0, 10, 0, 10, 0],
			mean: 3
		});
	});
});

import { describe, expect, it } from 'vitest';
import { suggestFinding } from './vocabulary';

describe('the finding the fact-finding answers point to', () => {
	it('reads a share of women against the UN’s 2028 target of 15 %', () => {
		expect(suggestFinding('eligible_pool', { women: 3, total: 100 })).toBe('major_barrier');
		expect(suggestFinding('eligible_pool', { women: 8, total: 100 })).toBe('barrier');
		expect(suggestFinding('eligible_pool', { women: 12, total: 100 })).toBe('neutral');
		expect(suggestFinding('eligible_pool', { women: 20, total: 100 })).toBe('opportunity');
		expect(suggestFinding('eligible_pool', { women: 40, total: 100 })).toBe('major_opportunity');
	});

	it('reads yes-or-no answers by how many favour deployment', () => {
		const area = 'peace_operations_infrastructure';
		expect(suggestFinding(area, { separate_facilities: false, fitted_equipment: false })).toBe(
			'major_barrier'
		);
		expect(suggestFinding(area, { separate_facilities: true, fitted_equipment: false })).toBe(
			'neutral'
		);
		expect(suggestFinding(area, { separate_facilities: true, fitted_equipment: true })).toBe(
			'major_opportunity'
		);
		// A criterion that excludes women is a barrier: there `no` is the favourable answer.
		expect(suggestFinding('deployment_criteria', { criteria_exclude_women: true })).toBe('barrier');
		expect(suggestFinding('deployment_criteria', { criteria_exclude_women: false })).toBe(
			'opportunity'
		);
	});

	it('says nothing while the answers say too little', () => {
		expect(suggestFinding('career_value', {})).toBeNull();
		expect(suggestFinding('career_value', { redeployment_rules: 'After two years' })).toBeNull();
		expect(suggestFinding('eligible_pool', { women: 5, total: 0 })).toBeNull();
	});
});

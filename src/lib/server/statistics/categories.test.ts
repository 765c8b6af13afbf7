import { describe, expect, it } from 'vitest';
import {
	categoryOfType,
	parityStatus,
	parityTargets2028,
	personnelTypeOf,
	personnelTypes
} from './categories';

describe('personnel categories', () => {
	it('maps the five types to the four parity categories and their 2028 targets', () => {
		const targets = personnelTypes.map((type) => parityTargets2028[categoryOfType[type]]);
		expect(targets).toEqual([0.15, 0.25, 0.25, 0.2, 0.3]);
	});

	it('reads a type as a slug or as the report label', () => {
		expect(personnelTypeOf('Formed Police Units')).toBe('formed-police-units');
		expect(personnelTypeOf('staff-officer')).toBe('staff-officer');
		expect(personnelTypeOf('contingent')).toBeNull();
	});

	it('says green at the target, yellow with some women, red with none', () => {
		expect(parityStatus(15, 100, 0.15)).toBe('green');
		expect(parityStatus(14, 100, 0.15)).toBe('yellow');
		expect(parityStatus(0, 100, 0.15)).toBe('red');
		expect(parityStatus(0, 0, 0.15)).toBeNull();
	});
});

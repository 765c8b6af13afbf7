import { describe, expect, it } from 'vitest';
import { isRegionCode, regionChoices, regionName } from './region-choices';

describe('region choices', () => {
	it('names the M49 regions in the reader’s language, the world first', () => {
		const list = regionChoices('pt');
		expect(list[0]).toEqual({ value: '001', label: regionName('001', 'pt') });
		expect(list.find((r) => r.value === '419')?.label).toBe('América Latina e Caribe');
		expect(regionName('005', 'fr')).toBe('Amérique du Sud');
	});

	it('accepts only the listed regions', () => {
		expect(isRegionCode('419')).toBe(true);
		expect(isRegionCode('999')).toBe(false);
		expect(isRegionCode('PER')).toBe(false);
	});
});

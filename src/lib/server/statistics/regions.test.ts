import { describe, expect, it } from 'vitest';
import { inM49Region, isM49Region, m49RegionsOf } from './regions';

describe('UN M49 regions', () => {
	it('puts South American, Central American and Caribbean countries in 419', () => {
		for (const iso3 of ['ARG', 'BRA', 'URY', 'GTM', 'SLV', 'MEX', 'DOM', 'JAM']) {
			expect(inM49Region(iso3, '419'), iso3).toBe(true);
		}
		expect(inM49Region('USA', '419')).toBe(false);
		expect(inM49Region('ESP', '419')).toBe(false);
	});

	it('walks up to the world', () => {
		expect(m49RegionsOf('ARG')).toEqual(['005', '419', '019', '001']);
	});

	it('tells regions from countries', () => {
		expect(isM49Region('419')).toBe(true);
		expect(isM49Region('032')).toBe(false);
		expect(isM49Region('999')).toBe(false);
	});
});

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { iso3ForUnName } from './crosswalk';

describe('UN country crosswalk', () => {
	it('joins the spellings of one country across the years', () => {
		expect(iso3ForUnName('Turkey')).toBe('TUR');
		expect(iso3ForUnName('Turkiye')).toBe('TUR');
		expect(iso3ForUnName('Iran (Islamic Republic of)')).toBe('IRN');
		expect(iso3ForUnName('Iran')).toBe('IRN');
		expect(iso3ForUnName('Moldova, Republic of')).toBe('MDA');
		expect(iso3ForUnName('Republic of Moldova')).toBe('MDA');
		expect(iso3ForUnName("Côte d'Ivoire")).toBe('CIV');
		expect(iso3ForUnName('Swaziland')).toBe('SWZ');
		expect(iso3ForUnName('Viet Nam')).toBe('VNM');
	});

	it('finds plain names through the ISO library', () => {
		expect(iso3ForUnName('Argentina')).toBe('ARG');
		expect(iso3ForUnName('Uruguay')).toBe('URY');
		expect(iso3ForUnName('Congo')).toBe('COG');
	});

	it('knows nothing of a name it has not been told', () => {
		expect(iso3ForUnName('Atlantis')).toBeNull();
	});

	it('maps every spelling in the published file', () => {
		const rows = parse(
			readFileSync('data-sources/un/un_uniformed_contributions_monthly_2019-12_2025-07.csv'),
			{ columns: true }
		) as { contributing_country: string }[];
		const names = [...new Set(rows.map((r) => r.contributing_country))];
		expect(names).toHaveLength(142);
		expect(names.filter((n) => iso3ForUnName(n) === null)).toEqual([]);
		expect(new Set(names.map(iso3ForUnName)).size).toBeLessThan(names.length);
	});
});

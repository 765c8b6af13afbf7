import { describe, expect, it } from 'vitest';
import { defaultZoneOf, zoneChoices, zoneChoicesWithMissionAreas } from './zones';

describe('zones', () => {
	it('names zones by city and country in the reader’s language, with the offset', () => {
		const zones = zoneChoices('es', undefined, new Date('2025-07-01T12:00:00Z'));
		expect(zones.find((z) => z.value === 'America/Asuncion')?.label).toBe(
			'Asunción — Paraguay (UTC−3)'
		);
		expect(zones.find((z) => z.value === 'Europe/Madrid')?.label).toMatch(/^Madrid — España/);
		for (const zone of zones)
			expect(() => new Intl.DateTimeFormat('en', { timeZone: zone.value })).not.toThrow();
	});

	it('keeps a zone the list lacks', () => {
		expect(zoneChoices('en', 'Africa/Nairobi')[0]).toEqual({
			value: 'Africa/Nairobi',
			label: 'Nairobi'
		});
	});

	it('defaults to the capital’s zone of the participant’s country', () => {
		expect(defaultZoneOf('PRY')).toBe('America/Asuncion');
		expect(defaultZoneOf('BRA')).toBe('America/Sao_Paulo');
		expect(defaultZoneOf('hti')).toBe('America/Port-au-Prince');
		expect(defaultZoneOf('ESP')).toBe('Europe/Madrid');
		expect(defaultZoneOf(null)).toBeUndefined();
	});
});

describe('zones of a situation note', () => {
	it('offer the region, the mission areas and UTC, each once, by name', () => {
		const choices = zoneChoicesWithMissionAreas('es');
		const values = choices.map((c) => c.value);
		expect(values).toContain('America/Asuncion');
		expect(values).toContain('Asia/Beirut');
		expect(values).toContain('UTC');
		expect(new Set(values).size).toBe(values.length);
		expect(choices.find((c) => c.value === 'Asia/Beirut')!.label).toMatch(/Líbano/);
	});

	it('keep a zone the note already has, once', () => {
		const values = zoneChoicesWithMissionAreas('en', 'Asia/Beirut').map((c) => c.value);
		expect(values.filter((v) => v === 'Asia/Beirut')).toHaveLength(1);
		expect(zoneChoicesWithMissionAreas('en', 'Pacific/Auckland')[0]!.value).toBe(
			'Pacific/Auckland'
		);
	});
});

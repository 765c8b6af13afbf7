import { describe, expect, it } from 'vitest';
import { defaultZoneOf, zoneChoices, zoneChoicesWithMissionAreas } from './zones';

describe('zones', () => {
	const july = new Date('2025-07-01T12:00:00Z');

	it('names zones by country and zone name in the reader’s language, with the offset', () => {
		const zones = zoneChoices('es', undefined, july);
		expect(zones.find((z) => z.value === 'America/Asuncion')?.label).toBe(
			'Paraguay — hora estándar de Paraguay (UTC−3)'
		);
		expect(zones.find((z) => z.value === 'Europe/Madrid')?.label).toBe(
			'España — hora de Europa central (UTC+2)'
		);
		expect(zoneChoices('en', undefined, july).find((z) => z.value === 'Europe/Madrid')?.label).toBe(
			'Spain — Central European Time (UTC+2)'
		);
		expect(zoneChoices('fr', undefined, july).find((z) => z.value === 'Europe/Madrid')?.label).toBe(
			'Espagne — heure d’Europe centrale (UTC+2)'
		);
		for (const zone of zones)
			expect(() => new Intl.DateTimeFormat('en', { timeZone: zone.value })).not.toThrow();
	});

	it('tells apart zones of one country that share a name, by their identifier', () => {
		const zones = zoneChoices('pt', undefined, july);
		expect(zones.find((z) => z.value === 'America/Recife')?.label).toBe(
			'Brasil — Horário Padrão de Brasília (UTC−3) · America/Recife'
		);
		expect(zones.find((z) => z.value === 'America/Noronha')?.label).toBe(
			'Brasil — Horário Padrão de Fernando de Noronha (UTC−2)'
		);
		for (const locale of ['es', 'en', 'pt', 'fr']) {
			for (const choices of [
				zoneChoices(locale, 'Pacific/Auckland', july),
				zoneChoicesWithMissionAreas(locale, 'Pacific/Auckland', july),
				zoneChoicesWithMissionAreas(locale, undefined, new Date('2025-01-15T12:00:00Z'))
			]) {
				const labels = choices.map((c) => c.label);
				expect(new Set(labels).size, locale).toBe(labels.length);
			}
		}
	});

	it('keeps a zone the list lacks, first, named in the reader’s language', () => {
		expect(zoneChoices('en', 'Africa/Nairobi', july)[0]).toEqual({
			value: 'Africa/Nairobi',
			label: 'East Africa Time (UTC+3) · Africa/Nairobi'
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
		expect(choices.find((c) => c.value === 'Asia/Beirut')!.label).toMatch(/^Líbano — hora de/);
		expect(choices.at(-1)).toEqual({ value: 'UTC', label: 'UTC' });
	});

	it('keep a zone the note already has, once', () => {
		const values = zoneChoicesWithMissionAreas('en', 'Asia/Beirut').map((c) => c.value);
		expect(values.filter((v) => v === 'Asia/Beirut')).toHaveLength(1);
		expect(zoneChoicesWithMissionAreas('en', 'Pacific/Auckland')[0]!.value).toBe(
			'Pacific/Auckland'
		);
	});
});

import { describe, expect, it } from 'vitest';
import { noteZoneChoices } from './zone-choices';

describe('zones of a situation note', () => {
	it('offer the region, the mission areas and UTC, each once, by name', () => {
		const choices = noteZoneChoices('es');
		const values = choices.map((c) => c.value);
		expect(values).toContain('America/Asuncion');
		expect(values).toContain('Asia/Beirut');
		expect(values).toContain('UTC');
		expect(new Set(values).size).toBe(values.length);
		expect(choices.find((c) => c.value === 'Asia/Beirut')!.label).toMatch(/Líbano/);
	});

	it('keep a zone the note already has, once', () => {
		const values = noteZoneChoices('en', 'Asia/Beirut').map((c) => c.value);
		expect(values.filter((v) => v === 'Asia/Beirut')).toHaveLength(1);
		expect(noteZoneChoices('en', 'Pacific/Auckland')[0]!.value).toBe('Pacific/Auckland');
	});
});

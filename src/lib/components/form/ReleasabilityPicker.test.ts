import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ReleasabilityPicker from './ReleasabilityPicker.svelte';

const choices = [
	{ code: 'ARG', name: 'Argentina' },
	{ code: 'PRY', name: 'Paraguay' }
];

describe('ReleasabilityPicker', () => {
	it('offers the six levels, each explained, and the participants for named', () => {
		const { body } = render(ReleasabilityPicker, {
			props: { id: 'doc', level: 'named', participants: ['PRY'], choices }
		});
		expect(body.match(/type="radio"/g)).toHaveLength(6);
		expect(body.match(/-explain"/g)?.length).toBeGreaterThanOrEqual(12);
		expect(body).toMatch(/id="doc-level-named"[^>]*checked|checked[^>]*id="doc-level-named"/);
		expect(body).toContain('name="participants"');
		expect(body).toMatch(/value="PRY"[^>]*checked/);
		expect(body).not.toMatch(/value="ARG"[^>]*checked/);
	});

	it('offers “as the report” first where a record inherits, and shows errors', () => {
		const { body } = render(ReleasabilityPicker, {
			props: {
				id: 'a0',
				level: '',
				choices,
				inherit: true,
				levelName: 'a.0.level',
				participantsName: 'a.0.named',
				error: 'Choose one of the options.',
				participantsError: 'Choose at least one.'
			}
		});
		expect(body.match(/type="radio"/g)).toHaveLength(7);
		expect(body).toMatch(/id="a0-level-inherit"[^>]*value=""|value=""[^>]*id="a0-level-inherit"/);
		expect(body).toContain('name="a.0.named"');
		expect(body).toContain('Choose one of the options.');
		expect(body).toContain('id="a0-named-error"');
		expect(body).toContain('aria-describedby="a0-level-error"');
	});
});

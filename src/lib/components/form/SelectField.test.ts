import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import SelectField from './SelectField.svelte';

const choices = [
	{ value: 'PRY', label: 'Paraguay' },
	{ value: 'URY', label: 'Uruguay' }
];

describe('SelectField', () => {
	it('offers names and sends codes, with the current one chosen', () => {
		const { body } = render(SelectField, {
			props: { id: 'c', name: 'countryCode', label: 'Country', value: 'URY', choices }
		});
		expect(body).toMatch(/<option value="URY" selected[^>]*>Uruguay<\/option>/);
		expect(body).not.toContain('value=""');
	});

	it('asks for a choice while nothing is chosen', () => {
		const { body } = render(SelectField, {
			props: { id: 'c', name: 'countryCode', label: 'Country', value: '', choices, error: 'x' }
		});
		expect(body).toMatch(/<option value="" selected[^>]*>/);
		expect(body).toContain('aria-invalid="true"');
	});

	it('keeps an empty option for an optional choice', () => {
		const { body } = render(SelectField, {
			props: {
				id: 'c',
				name: 'conference',
				label: 'Conference',
				value: 'PRY',
				choices,
				emptyLabel: 'None'
			}
		});
		expect(body).toMatch(/<option value=""[^>]*>None<\/option>/);
		expect(body).toMatch(/<option value="PRY" selected/);
	});
});

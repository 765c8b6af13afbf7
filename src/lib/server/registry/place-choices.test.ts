import { describe, expect, it } from 'vitest';
import { countryChoices } from './place-choices';

describe('place choices', () => {
	it('lists countries by name, not code', () => {
		const list = countryChoices('fr');
		expect(list.find((c) => c.value === 'BRA')?.label).toBe('Brésil');
		expect(list.length).toBeGreaterThan(240);
	});
});

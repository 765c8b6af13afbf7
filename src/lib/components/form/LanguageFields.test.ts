import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import LanguageFields from './LanguageFields.svelte';

describe('LanguageFields', () => {
	it('offers a field per language, keeps what was typed and ties the error to every field', () => {
		const { body } = render(LanguageFields, {
			props: {
				id: 'title',
				name: 'title',
				legend: 'Title',
				values: { es: 'Título', fr: '' },
				error: 'Give the title in at least one language.'
			}
		});
		for (const lang of ['es', 'en', 'pt', 'fr']) {
			expect(body).toContain(`<label for="title-${lang}"`);
			expect(body).toContain(`name="title_${lang}"`);
		}
		expect(body).toContain('value="Título"');
		expect(body).toContain('id="title-error"');
		expect(body.match(/aria-invalid="true"/g)).toHaveLength(4);
		expect(body.match(/aria-describedby="title-error"/g)?.length).toBeGreaterThanOrEqual(4);
	});

	it('writes long texts in text areas, named with the separator given', () => {
		const { body } = render(LanguageFields, {
			props: {
				id: 'p',
				name: 'text',
				legend: 'Text',
				separator: '.',
				multiline: true,
				values: { en: 'Body' }
			}
		});
		expect(body).toContain('name="text.en"');
		expect(body).toMatch(/<textarea[^>]*name="text\.en"[^>]*>Body<\/textarea>/);
		expect(body).not.toContain('aria-invalid');
	});
});

import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import FileField from './FileField.svelte';

describe('FileField', () => {
	it('is a labelled file input that offers the kinds given and carries its error', () => {
		const { body } = render(FileField, {
			props: {
				id: 'note-files',
				name: 'attachments',
				label: 'Photographs',
				hint: 'JPEG or PNG',
				error: 'Too large.',
				accept: 'image/png,image/jpeg',
				multiple: true
			}
		});
		expect(body).toContain('<label for="note-files"');
		expect(body).toMatch(/<input[^>]*type="file"/);
		expect(body).toMatch(/<input[^>]*name="attachments"/);
		expect(body).toMatch(/<input[^>]*accept="image\/png,image\/jpeg"/);
		expect(body).toMatch(/<input[^>]*multiple/);
		expect(body).toContain('aria-describedby="note-files-hint note-files-error"');
		expect(body).toContain('aria-invalid="true"');
	});
});

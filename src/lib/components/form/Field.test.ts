import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { createRawSnippet } from 'svelte';
import Field, { type FieldControl } from './Field.svelte';

const input = createRawSnippet((control: () => FieldControl) => ({
	render: () => {
		const c = control();
		const attrs = [
			`id="${c.id}"`,
			c['aria-invalid'] ? `aria-invalid="${c['aria-invalid']}"` : '',
			c['aria-describedby'] ? `aria-describedby="${c['aria-describedby']}"` : '',
			c.required ? 'required' : ''
		];
		return `<input name="title" value="typed" ${attrs.filter(Boolean).join(' ')}>`;
	}
}));

describe('Field', () => {
	it('ties the label, hint and error to the control', () => {
		const { body } = render(Field, {
			props: {
				id: 'doc-title',
				label: 'Title',
				hint: 'As printed on the cover',
				error: 'Fill in this field.',
				required: true,
				children: input
			}
		});
		expect(body).toContain('<label for="doc-title"');
		expect(body).toContain('id="doc-title-hint"');
		expect(body).toContain('id="doc-title-error"');
		expect(body).toContain('aria-invalid="true"');
		expect(body).toContain('aria-describedby="doc-title-hint doc-title-error"');
		expect(body).toContain('value="typed"');
		expect(body).toContain('Fill in this field.');
	});

	it('leaves a valid control unmarked', () => {
		const { body } = render(Field, {
			props: { id: 'x', label: 'Name', children: input }
		});
		expect(body).not.toContain('aria-invalid');
		expect(body).not.toContain('aria-describedby');
		expect(body).not.toContain('field-error');
	});
});

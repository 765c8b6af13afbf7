import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { formFailure } from './form-failure';
import { formValues, languageFields, parseFormInput } from './form-input';
import { amendmentInputSchema } from '../declarations/schemas';
import { createDecisionSchema } from '../decisions/schemas';

const problemsOf = (run: () => unknown): string[] => {
	try {
		run();
	} catch (e) {
		if (e instanceof ValidationError) return e.fieldErrors.map((p) => p.path).sort();
		throw e;
	}
	return [];
};

describe('form input', () => {
	it('reports a missing amendment text and a missing justification together', () => {
		const paths = problemsOf(() =>
			parseFormInput(amendmentInputSchema, {
				paragraphId: '00000000-0000-4000-8000-000000000000',
				kind: 'replace',
				text: { es: '', en: '' },
				justification: ''
			})
		);
		expect(paths).toEqual(['justification', 'text']);
	});

	it('reports an unreadable date with every other problem of a decision', () => {
		const paths = problemsOf(() =>
			parseFormInput(
				createDecisionSchema,
				{
					kind: 'approve_calendar',
					title: { es: '' },
					text: { es: 'Texto' },
					deadline: '9999-12-31T00:00:00Z',
					subject: { note: 'next year' }
				},
				[{ path: 'deadline', message: 'gov_err_datetime_local' }]
			)
		);
		expect(paths).toEqual(['deadline', 'subject.note', 'title']);
	});

	it('marks each form field that holds an invalid input, and gives back what was typed', () => {
		const error = new ValidationError([
			{ path: 'text', message: 'gov_decl_err_text_required' },
			{ path: 'justification', message: 'gov_decl_err_justification' }
		]);
		const form = new FormData();
		form.set('text.es', 'Nuevo texto');
		form.set('justification', '');
		form.append('machine', 'en');
		form.append('machine', 'fr');
		const failure = formFailure(error, formValues(form), {
			form: 'propose',
			summaryKey: 'gov_form_has_errors',
			names: { text: languageFields('text') }
		});
		expect(Object.keys(failure.data.errors).sort()).toEqual([
			'justification',
			'text',
			'text.en',
			'text.es',
			'text.fr',
			'text.pt'
		]);
		expect(failure.data.values).toEqual({
			'text.es': 'Nuevo texto',
			justification: '',
			machine: ['en', 'fr']
		});
		expect(failure.data.errors['text.es']).toBeTruthy();
		expect(failure.data.form).toBe('propose');
	});
});

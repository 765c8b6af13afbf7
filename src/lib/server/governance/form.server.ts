import type { z } from 'zod';
import { translate } from '$lib/i18n/translate';
import { parseInput } from '../api/validation';
import { ValidationError } from '../errors';
import { formFailure as sharedFormFailure, refuseForm } from '$lib/server/forms/form-failure';

export { loadFailure } from '$lib/server/forms/form-failure';

/** Where an input path is typed in a form, when the form names it otherwise. */
export type FieldNames = Record<string, string | readonly string[]>;

/**
 * One translated message per field: under the input's path ("text", "subject.note") and under
 * each form field that holds it ("text.es", "subjectNote"), so that every marked field can be
 * found. The first problem of each field is the one shown.
 */
export function fieldErrors(e: ValidationError, names: FieldNames = {}): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const problem of e.fieldErrors) {
		const message = translate(problem.message);
		errors[problem.path] ??= message;
		const fields = names[problem.path] ?? [];
		for (const field of typeof fields === 'string' ? [fields] : fields) errors[field] ??= message;
	}
	return errors;
}

/** Every text field of a submitted form as typed, by its name; repeated names as a list. */
export function formValues(form: FormData): Record<string, string | string[]> {
	const values: Record<string, string | string[]> = {};
	for (const key of new Set(form.keys())) {
		const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
		const normalised = all.map((v) => v.replace(/\r\n/g, '\n'));
		values[key] = normalised.length === 1 ? normalised[0]! : normalised;
	}
	return values;
}

/** The four text fields of a text in every language, e.g. `text.es` … `text.fr`. */
export function languageFields(prefix: string, separator = '.'): string[] {
	return ['es', 'en', 'pt', 'fr'].map((lang) => `${prefix}${separator}${lang}`);
}

/**
 * Parses a form's input and reports every problem at once: those found before parsing (a date
 * that could not be read, in `before`) together with every problem of the schema.
 */
export function parseFormInput<S extends z.ZodType>(
	schema: S,
	data: unknown,
	before: { path: string; message: string }[] = []
): z.output<S> {
	let problems = before;
	try {
		const input = parseInput(schema, data);
		if (problems.length === 0) return input;
	} catch (e) {
		if (!(e instanceof ValidationError)) throw e;
		const seen = new Set(before.map((p) => p.path));
		problems = [...before, ...e.fieldErrors.filter((p) => !seen.has(p.path))];
	}
	throw new ValidationError(problems, translate('error_validation'));
}

/**
 * A refused form goes back with what was typed (`values`, by form field name) and why, field by
 * field; never a server error. The shared adapter answers; governance forms name each language
 * of a text as a field of its own, so their field errors are spread over those names first.
 */
export function formFailure(
	e: unknown,
	values: Record<string, unknown>,
	form: string,
	names: FieldNames = {}
) {
	if (e instanceof ValidationError) {
		return refuseForm(
			e.status,
			values,
			translate('gov_form_has_errors'),
			fieldErrors(e, names),
			form
		);
	}
	return sharedFormFailure(e, values, { form, summaryKey: 'gov_form_has_errors' });
}

export function text(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value.replace(/\r\n/g, '\n') : '';
}

import type { z } from 'zod';
import { translate } from '$lib/i18n/translate';
import { parseInput } from '../api/validation';
import { ValidationError } from '../errors';

/** Text of a form field as sent, or '' for a missing field or a file. */
export function formText(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

/** Text of a field that may hold several lines, with the browser's line breaks made plain. */
export function formMultiline(form: FormData, name: string): string {
	return formText(form, name).replace(/\r\n/g, '\n');
}

/** The named text fields of a form as sent, to show them again after a failure. */
export function namedFormValues(form: FormData, fields: readonly string[]): Record<string, string> {
	return Object.fromEntries(fields.map((field) => [field, formText(form, field)]));
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

import { fail, type ActionFailure } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { DomainError } from '../errors';

export interface FormFailure {
	/** Which form on the page failed, where a page has several. */
	form: string;
	/** What the user typed, to show again; never passwords or codes. */
	values: Record<string, string>;
	/** Translated message per field name. */
	errors: Record<string, string>;
	/** A translated message for the form as a whole. */
	message: string | null;
}

/** The named text fields of a form, for showing them again after a failure. */
export function formValues(data: FormData, fields: readonly string[]): Record<string, string> {
	return Object.fromEntries(
		fields.map((field) => {
			const value = data.get(field);
			return [field, typeof value === 'string' ? value : ''];
		})
	);
}

/** Text of a form field, or '' for a missing field or a file. */
export function formText(data: FormData, field: string): string {
	const value = data.get(field);
	return typeof value === 'string' ? value : '';
}

export function formFailure(
	status: number,
	form: string,
	values: Record<string, string>,
	message: string | null,
	errors: Record<string, string> = {}
): ActionFailure<FormFailure> {
	return fail(status, { form, values, errors, message });
}

/**
 * Turns a domain error into the form's answer: a message above the form and, for invalid input,
 * a message next to each field. Errors that are not domain errors are bugs and propagate.
 */
export function failFromError(
	error: unknown,
	form: string,
	values: Record<string, string>
): ActionFailure<FormFailure> {
	if (!(error instanceof DomainError)) throw error;
	const errors: Record<string, string> = {};
	for (const fieldError of error.fieldErrors) {
		errors[fieldError.path] ??= translate(fieldError.message);
	}
	return formFailure(error.status, form, values, translate(error.messageKey), errors);
}

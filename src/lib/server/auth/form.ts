import type { ActionFailure } from '@sveltejs/kit';
import { formFailure as sharedFormFailure, refuseForm } from '../forms/form-failure';

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

/** A refusal built by hand, for answers that are not domain errors. */
export function formFailure(
	status: number,
	form: string,
	values: Record<string, string>,
	message: string | null,
	errors: Record<string, string> = {}
): ActionFailure<FormFailure> {
	return refuseForm(status, values, message, errors, form) as ActionFailure<FormFailure>;
}

/** A domain error as the form's answer, through the platform's one form-failure adapter. */
export function failFromError(
	error: unknown,
	form: string,
	values: Record<string, string>
): ActionFailure<FormFailure> {
	return sharedFormFailure(error, values, { form }) as ActionFailure<FormFailure>;
}

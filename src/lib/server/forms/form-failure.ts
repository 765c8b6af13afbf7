import { error, fail, type ActionFailure } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { DomainError, NotFoundError, ValidationError } from '../errors';

/** What a refused form action answers: the typed values again and a message per field. */
export interface FormFailure<V> {
	/** Which form on the page failed, where a page has several; null where it has one. */
	form: string | null;
	/** What the user typed, to show again; never passwords or codes. */
	values: V;
	/** Translated message per form field. */
	errors: Record<string, string>;
	/** A translated message for the form as a whole. */
	message: string | null;
}

/** The form fields that hold each input path, where a form names them otherwise. */
export type FieldNames = Readonly<Record<string, string | readonly string[]>>;

export interface FormFailureOptions {
	form?: string;
	/**
	 * The form field a schema path belongs to, where the form's names differ from the input's
	 * paths; problems without a field are added to the message above the form.
	 */
	field?: (path: string) => string | undefined;
	/** The message above the form when fields are wrong; a message key. */
	summaryKey?: string;
	/**
	 * Other form fields that hold an input path, marked as well: a text in several languages is
	 * typed in one field per language (`text` in `text.es` … `text.fr`).
	 */
	names?: FieldNames;
}

/** A form answer built by hand, for refusals that are not domain errors. */
export function refuseForm<V>(
	status: number,
	values: V,
	message: string | null,
	errors: Record<string, string> = {},
	form: string | null = null
): ActionFailure<FormFailure<V>> {
	return fail(status, { form, values, errors, message });
}

/**
 * The one way a form action answers a domain error: invalid input goes back with what was typed
 * and a sentence next to each field, any other domain error as a message above the form. Errors
 * that are not domain errors are bugs and propagate.
 */
export function formFailure<V>(
	e: unknown,
	values: V,
	options: FormFailureOptions = {}
): ActionFailure<FormFailure<V>> {
	const form = options.form ?? null;
	if (e instanceof ValidationError) {
		const errors: Record<string, string> = {};
		const other: string[] = [];
		for (const problem of e.fieldErrors) {
			const field = options.field ? options.field(problem.path) : problem.path;
			const message = translate(problem.message);
			if (field) errors[field] ??= message;
			else if (!other.includes(message)) other.push(message);
			const alias = options.names?.[problem.path] ?? [];
			for (const name of typeof alias === 'string' ? [alias] : alias) errors[name] ??= message;
		}
		const summary = translate(options.summaryKey ?? 'form_has_errors');
		return refuseForm(e.status, values, [summary, ...other].join(' '), errors, form);
	}
	if (e instanceof DomainError) {
		return refuseForm(e.status, values, translate(e.messageKey), {}, form);
	}
	throw e;
}

/** Domain errors in a page load become error pages with a translated message. */
export function loadFailure(e: unknown): never {
	if (e instanceof NotFoundError) error(404, translate('error_not_found'));
	if (e instanceof DomainError) error(e.status, translate(e.messageKey));
	throw e;
}

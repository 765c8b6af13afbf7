import { error, fail } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { DomainError, NotFoundError, ValidationError } from '../errors';

/** One translated message per field path; the first problem of each field is the one shown. */
export function fieldErrors(e: ValidationError): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const problem of e.fieldErrors) errors[problem.path] ??= translate(problem.message);
	return errors;
}

/** A refused form goes back with what was typed and why; never a server error. */
export function formFailure(e: unknown, values: Record<string, unknown>, form: string) {
	if (e instanceof ValidationError) {
		return fail(e.status, {
			form,
			values,
			errors: fieldErrors(e),
			message: translate('gov_form_has_errors')
		});
	}
	if (e instanceof DomainError) {
		return fail(e.status, { form, values, errors: {}, message: translate(e.messageKey) });
	}
	throw e;
}

/** Domain errors in a page load become error pages with a translated message. */
export function loadFailure(e: unknown): never {
	if (e instanceof NotFoundError) error(404, translate('error_not_found'));
	if (e instanceof DomainError) error(e.status, translate(e.messageKey));
	throw e;
}

export function text(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value.replace(/\r\n/g, '\n') : '';
}

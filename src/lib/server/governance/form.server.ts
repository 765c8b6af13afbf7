import { formFailure as sharedFormFailure } from '$lib/server/forms/form-failure';

export { loadFailure } from '$lib/server/forms/form-failure';

/** A refused form goes back with what was typed and why; never a server error. */
export function formFailure(e: unknown, values: Record<string, unknown>, form: string) {
	return sharedFormFailure(e, values, { form, summaryKey: 'gov_form_has_errors' });
}

export function text(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value.replace(/\r\n/g, '\n') : '';
}

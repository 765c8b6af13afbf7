import { json, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { translate } from '$lib/i18n/translate';
import { DomainError } from '../errors';
import { parseInput } from './validation';
import type { Ctx } from '../context';

/** RFC 9457 problem details. */
export function problem(
	status: number,
	title: string,
	detail?: string,
	errors?: { path: string; message: string }[]
): Response {
	return new Response(JSON.stringify({ type: 'about:blank', status, title, detail, errors }), {
		status,
		headers: { 'content-type': 'application/problem+json; charset=utf-8' }
	});
}

export function problemFromError(error: unknown): Response {
	if (error instanceof DomainError) {
		const title = translate(error.messageKey);
		return problem(
			error.status,
			title,
			error.fieldErrors.length > 0 ? title : translate(error.message),
			error.fieldErrors.length > 0
				? error.fieldErrors.map((e) => ({ path: e.path, message: translate(e.message) }))
				: undefined
		);
	}
	console.error(error);
	return problem(500, translate('error_internal'));
}

/** Wraps an API handler so that every failure becomes problem+json, never a stack trace. */
export function apiRoute<E extends RequestEvent>(
	handler: (event: E, ctx: Ctx) => Promise<Response>
) {
	return async (event: E): Promise<Response> => {
		try {
			return await handler(event, event.locals.ctx);
		} catch (error) {
			return problemFromError(error);
		}
	};
}

export async function readJson<S extends z.ZodType>(
	request: Request,
	schema: S
): Promise<z.output<S>> {
	const type = request.headers.get('content-type') ?? '';
	if (!type.includes('json')) {
		throw new DomainError(415, 'error_bad_json', 'error_bad_json');
	}
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		throw new DomainError(400, 'error_bad_json', 'error_bad_json');
	}
	return parseInput(schema, body);
}

/** The fields and files of a multipart request; anything else is refused before it is read. */
export async function readFormData(request: Request): Promise<FormData> {
	const type = request.headers.get('content-type') ?? '';
	if (!type.toLowerCase().startsWith('multipart/form-data')) {
		throw new DomainError(415, 'error_bad_form_data', 'error_bad_form_data');
	}
	try {
		return await request.formData();
	} catch {
		throw new DomainError(400, 'error_bad_form_data', 'error_bad_form_data');
	}
}

export function readQuery<S extends z.ZodType>(url: URL, schema: S): z.output<S> {
	return parseInput(schema, Object.fromEntries(url.searchParams));
}

export { json };

import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '$lib/i18n/translate';
import { parseInput } from '$lib/server/api/validation';
import { ValidationError } from '$lib/server/errors';
import { formFailure } from '$lib/server/forms/form-failure';
import { readPdfUpload, type PdfUpload } from '$lib/server/documents/pdf-upload';
import type { DocumentFormErrors, DocumentFormValues } from '$lib/components/documents/form-values';
import { formText, formMultiline } from '$lib/server/forms/form-input';

type FieldError = { path: string; message: string };

/** The form as the user filled it in, and the chosen file if any. */
export function readDocumentForm(form: FormData): {
	values: DocumentFormValues;
	file: File | null;
} {
	const upload = form.get('file');
	const file = upload instanceof File && upload.size > 0 ? upload : null;
	const action = formText(form, 'fileAction');
	return {
		values: {
			title: formText(form, 'title'),
			kind: formText(form, 'kind'),
			category: formText(form, 'category'),
			language: formText(form, 'language'),
			documentDate: formText(form, 'documentDate'),
			translationOf: formText(form, 'translationOf'),
			translationMethod: formText(form, 'translationMethod'),
			// Browsers send CRLF line ends from a textarea; store the body as it is written.
			body: formMultiline(form, 'body'),
			level: formText(form, 'level'),
			participants: form.getAll('participants').filter((v): v is string => typeof v === 'string'),
			ownerCode: formText(form, 'ownerCode'),
			fileAction: action === 'replace' || action === 'remove' ? action : 'keep',
			fileChosen: file !== null
		},
		file
	};
}

/** The use case's input: empty optional fields become absent, and only `named` lists participants. */
function toInput(values: DocumentFormValues) {
	return {
		title: values.title,
		kind: values.kind || undefined,
		category: values.category || undefined,
		language: values.language || undefined,
		documentDate: values.documentDate || null,
		translationOf: values.translationOf || null,
		translationMethod: values.translationOf ? values.translationMethod || 'human' : null,
		body: values.body,
		releasability: {
			level: values.level || undefined,
			participants: values.level === 'named' ? values.participants : undefined
		},
		ownerCode: values.ownerCode || undefined
	};
}

/**
 * Validates the fields and the file together, so the user sees every problem at once, and throws
 * one ValidationError with all of them.
 */
export async function parseDocumentForm<S extends z.ZodType>(
	schema: S,
	values: DocumentFormValues,
	file: File | null,
	extra: FieldError[] = []
): Promise<{ input: z.output<S>; upload: PdfUpload | undefined }> {
	const problems: FieldError[] = [...extra];
	let input: z.output<S> | undefined;
	let upload: PdfUpload | undefined;
	try {
		input = parseInput(schema, toInput(values));
	} catch (e) {
		if (!(e instanceof ValidationError)) throw e;
		problems.push(...e.fieldErrors);
	}
	try {
		upload = await readPdfUpload(file);
	} catch (e) {
		if (!(e instanceof ValidationError)) throw e;
		problems.push(...e.fieldErrors);
	}
	if (problems.length > 0 || input === undefined) throw new ValidationError(problems);
	return { input, upload };
}

const fieldOfPath: Record<string, keyof DocumentFormErrors> = {
	title: 'title',
	kind: 'kind',
	category: 'category',
	language: 'language',
	documentDate: 'documentDate',
	translationOf: 'translationOf',
	translationMethod: 'translationMethod',
	body: 'body',
	releasability: 'level',
	'releasability.level': 'level',
	'releasability.participants': 'participants',
	ownerCode: 'ownerCode',
	file: 'file'
};

/** A refused form goes back to the user with what was typed and why; never a server error. */
export function documentFormFailure(e: unknown, values: DocumentFormValues) {
	return formFailure(e, values, {
		field: (path) => fieldOfPath[path] ?? fieldOfPath[path.split('.')[0] ?? '']
	});
}

/** Route ids that are not UUIDs cannot name a document. */
export function documentId(raw: string): string {
	const parsed = z.uuid().safeParse(raw);
	if (!parsed.success) error(404, translate('error_not_found'));
	return parsed.data;
}

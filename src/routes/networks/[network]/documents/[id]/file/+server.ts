import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getDocumentFile } from '$lib/server/documents/get-document-file';
import { DomainError } from '$lib/server/errors';
import { documentId } from '../../document-form.server';
import type { RequestHandler } from './$types';

/** RFC 5987 value: percent-encoded UTF-8, including the characters encodeURIComponent leaves. */
function encodeFilename(name: string): string {
	return encodeURIComponent(name).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
}

export const GET: RequestHandler = async ({ locals, params }) => {
	const id = documentId(params.id);
	let file: Awaited<ReturnType<typeof getDocumentFile>>;
	try {
		file = await getDocumentFile(locals.ctx, params.network, id);
	} catch (e) {
		if (e instanceof DomainError) error(e.status, translate(e.messageKey));
		throw e;
	}
	// Plain-ASCII fallback for clients that ignore filename*.
	const ascii = file.filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
	return new Response(new Uint8Array(file.data), {
		headers: {
			'content-type': 'application/pdf',
			'content-length': String(file.data.length),
			'content-disposition': `inline; filename="${ascii}"; filename*=UTF-8''${encodeFilename(file.filename)}`,
			// A restricted file must never sit in a shared cache, nor outlive the session in the browser's.
			'cache-control': file.level === 'public' ? 'public, max-age=300' : 'private, no-store'
		}
	});
};

import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { getDocumentFile } from '$lib/server/documents/get-document-file';
import { DomainError } from '$lib/server/errors';
import { fileResponse } from '$lib/server/files/file-response';
import { documentId } from '../../document-form.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const id = documentId(params.id);
	try {
		return fileResponse(await getDocumentFile(locals.ctx, params.network, id));
	} catch (e) {
		if (e instanceof DomainError) error(e.status, translate(e.messageKey));
		throw e;
	}
};

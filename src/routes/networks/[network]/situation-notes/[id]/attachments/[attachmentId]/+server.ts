import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n/translate';
import { DomainError } from '$lib/server/errors';
import { fileResponse } from '$lib/server/files/file-response';
import { getNoteAttachment } from '$lib/server/situation/get-note-attachment';
import { noteIdParam } from '../../../note-form.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const id = noteIdParam(params.id);
	const attachmentId = noteIdParam(params.attachmentId);
	try {
		return fileResponse(await getNoteAttachment(locals.ctx, params.network, id, attachmentId));
	} catch (e) {
		if (e instanceof DomainError) error(e.status, translate(e.messageKey));
		throw e;
	}
};

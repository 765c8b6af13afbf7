import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readFormData } from '$lib/server/api/http';
import { addNoteAttachments } from '$lib/server/situation/add-note-attachments';
import { readNoteAttachments } from '$lib/server/situation/attachments';
import { uuidParam } from '$lib/server/api/path-params';

/** Files go as `multipart/form-data`, each in a part named `file`. */
export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	const id = uuidParam(params.id);
	const form = await readFormData(request);
	const uploads = await readNoteAttachments(form.getAll('file'));
	const ids = await addNoteAttachments(ctx, params.network, id, uploads);
	return json({ ids }, { status: 201 });
});

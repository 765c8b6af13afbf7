import type { RequestHandler } from './$types';
import { apiRoute } from '$lib/server/api/http';
import { uuidParam } from '$lib/server/api/path-params';
import { fileResponse } from '$lib/server/files/file-response';
import { getNoteAttachment } from '$lib/server/situation/get-note-attachment';
import { removeNoteAttachment } from '$lib/server/situation/remove-note-attachment';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	fileResponse(
		await getNoteAttachment(
			ctx,
			params.network,
			uuidParam(params.id),
			uuidParam(params.attachmentId)
		)
	)
);

export const DELETE: RequestHandler = apiRoute(async ({ params }, ctx) => {
	await removeNoteAttachment(
		ctx,
		params.network,
		uuidParam(params.id),
		uuidParam(params.attachmentId)
	);
	return new Response(null, { status: 204 });
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { uuidParam } from '$lib/server/api/path-params';
import { apiRoute, readJson } from '$lib/server/api/http';
import { deleteDocument } from '$lib/server/documents/delete-document';
import { getDocument } from '$lib/server/documents/get-document';
import { updateDocument } from '$lib/server/documents/update-document';
import { updateDocumentSchema } from '$lib/server/documents/schemas';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json(await getDocument(ctx, params.network, uuidParam(params.id)))
);

export const PATCH: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	const id = uuidParam(params.id);
	const input = await readJson(request, updateDocumentSchema);
	await updateDocument(ctx, params.network, id, input);
	return json(await getDocument(ctx, params.network, id));
});

export const DELETE: RequestHandler = apiRoute(async ({ params }, ctx) => {
	await deleteDocument(ctx, params.network, uuidParam(params.id));
	return new Response(null, { status: 204 });
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson, readQuery } from '$lib/server/api/http';
import { createDocument } from '$lib/server/documents/create-document';
import { getDocument } from '$lib/server/documents/get-document';
import { listDocuments } from '$lib/server/documents/list-documents';
import { createDocumentSchema, listDocumentsQuerySchema } from '$lib/server/documents/schemas';
import { requireSignedIn } from '$lib/server/access/access';

export const GET: RequestHandler = apiRoute(async ({ params, url }, ctx) => {
	const query = readQuery(url, listDocumentsQuerySchema);
	const { items, total, limit, offset } = await listDocuments(ctx, params.network, query);
	return json({ items, total, limit, offset });
});

export const POST: RequestHandler = apiRoute(async ({ params, request, url }, ctx) => {
	requireSignedIn(ctx.actor);
	const input = await readJson(request, createDocumentSchema);
	const { id } = await createDocument(ctx, params.network, input);
	const location = `${url.pathname}/${id}`;
	try {
		return json(await getDocument(ctx, params.network, id), { status: 201, headers: { location } });
	} catch {
		// An administrator may create a record released only to others: confirm it without its content.
		return json({ id }, { status: 201, headers: { location } });
	}
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson } from '$lib/server/api/http';
import { getRequest } from '$lib/server/exchange/get-request';
import { recordId } from '$lib/server/exchange/record-id';
import { updateRequest } from '$lib/server/exchange/update-request';
import { updateRequestSchema } from '$lib/server/exchange/schemas';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json(await getRequest(ctx, params.network, recordId(params.id)))
);

export const PATCH: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	const id = recordId(params.id);
	const input = await readJson(request, updateRequestSchema);
	await updateRequest(ctx, params.network, id, input);
	return json(await getRequest(ctx, params.network, id));
});

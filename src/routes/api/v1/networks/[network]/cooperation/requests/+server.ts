import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson, readQuery } from '$lib/server/api/http';
import { requireSignedIn } from '$lib/server/access/access';
import { createRequest } from '$lib/server/exchange/create-request';
import { getRequest } from '$lib/server/exchange/get-request';
import { listRequests } from '$lib/server/exchange/list-requests';
import { createRequestSchema, listRequestsQuerySchema } from '$lib/server/exchange/schemas';

export const GET: RequestHandler = apiRoute(async ({ params, url }, ctx) =>
	json(await listRequests(ctx, params.network, readQuery(url, listRequestsQuerySchema)))
);

export const POST: RequestHandler = apiRoute(async ({ params, request, url }, ctx) => {
	requireSignedIn(ctx.actor);
	const input = await readJson(request, createRequestSchema);
	const { id } = await createRequest(ctx, params.network, input);
	return json(await getRequest(ctx, params.network, id), {
		status: 201,
		headers: { location: `${url.pathname}/${id}` }
	});
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson, readQuery } from '$lib/server/api/http';
import { requireSignedIn } from '$lib/server/access/access';
import { createPledge } from '$lib/server/pledges/create-pledge';
import { getPledge } from '$lib/server/pledges/get-pledge';
import { listPledges } from '$lib/server/pledges/list-pledges';
import { createPledgeSchema, listPledgesQuerySchema } from '$lib/server/pledges/schemas';

export const GET: RequestHandler = apiRoute(async ({ params, url }, ctx) =>
	json(await listPledges(ctx, params.network, readQuery(url, listPledgesQuerySchema)))
);

export const POST: RequestHandler = apiRoute(async ({ params, request, url }, ctx) => {
	requireSignedIn(ctx.actor);
	const input = await readJson(request, createPledgeSchema);
	const { id } = await createPledge(ctx, params.network, input);
	return json(await getPledge(ctx, params.network, id), {
		status: 201,
		headers: { location: `${url.pathname}/${id}` }
	});
});

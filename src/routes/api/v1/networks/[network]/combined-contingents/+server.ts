import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson } from '$lib/server/api/http';
import { requireSignedIn } from '$lib/server/access/access';
import { createContingent } from '$lib/server/pledges/create-contingent';
import { getContingent } from '$lib/server/pledges/get-contingent';
import { listContingents } from '$lib/server/pledges/list-contingents';
import { createContingentSchema } from '$lib/server/pledges/schemas';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json({ items: await listContingents(ctx, params.network) })
);

export const POST: RequestHandler = apiRoute(async ({ params, request, url }, ctx) => {
	requireSignedIn(ctx.actor);
	const input = await readJson(request, createContingentSchema);
	const { id } = await createContingent(ctx, params.network, input);
	return json(await getContingent(ctx, params.network, id), {
		status: 201,
		headers: { location: `${url.pathname}/${id}` }
	});
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson } from '$lib/server/api/http';
import { deletePledge } from '$lib/server/pledges/delete-pledge';
import { getPledge } from '$lib/server/pledges/get-pledge';
import { recordId } from '$lib/server/pledges/ids';
import { updatePledge } from '$lib/server/pledges/update-pledge';
import { updatePledgeSchema } from '$lib/server/pledges/schemas';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json(await getPledge(ctx, params.network, recordId(params.id)))
);

export const PATCH: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	const id = recordId(params.id);
	const input = await readJson(request, updatePledgeSchema);
	await updatePledge(ctx, params.network, id, input);
	return json(await getPledge(ctx, params.network, id));
});

export const DELETE: RequestHandler = apiRoute(async ({ params }, ctx) => {
	await deletePledge(ctx, params.network, recordId(params.id));
	return new Response(null, { status: 204 });
});

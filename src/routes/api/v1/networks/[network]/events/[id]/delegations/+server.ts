import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { requireSignedIn } from '$lib/server/access/access';
import { uuidParam } from '$lib/server/api/path-params';
import { apiRoute, readJson } from '$lib/server/api/http';
import { listDelegations } from '$lib/server/calendar/list-delegations';
import { registerDelegation } from '$lib/server/calendar/register-delegation';
import { registerDelegationSchema } from '$lib/server/calendar/schemas';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json({ items: await listDelegations(ctx, params.network, uuidParam(params.id)) })
);

/** Registers the caller's participant's delegation, or replaces the one it registered. */
export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	requireSignedIn(ctx.actor);
	const id = uuidParam(params.id);
	const input = await readJson(request, registerDelegationSchema);
	const result = await registerDelegation(ctx, params.network, id, input);
	const own = (await listDelegations(ctx, params.network, id)).find((d) => d.id === result.id);
	return json(own ?? { id: result.id }, { status: result.created ? 201 : 200 });
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { requireManageNetworks } from '$lib/server/access/access';
import { apiRoute } from '$lib/server/api/http';
import { getNetworkRegistry } from '$lib/server/registry/get-network-registry';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) => {
	requireManageNetworks(ctx.actor);
	return json(await getNetworkRegistry(ctx, params.network, getLocale()));
});

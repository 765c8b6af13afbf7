import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { requireManageNetworks } from '$lib/server/access/access';
import { apiRoute, readJson } from '$lib/server/api/http';
import { createNetwork } from '$lib/server/registry/create-network';
import { getNetworkRegistry } from '$lib/server/registry/get-network-registry';
import { createNetworkSchema } from '$lib/server/registry/schemas';

export const POST: RequestHandler = apiRoute(async ({ request, url }, ctx) => {
	requireManageNetworks(ctx.actor);
	const input = await readJson(request, createNetworkSchema);
	await createNetwork(ctx, input);
	return json(await getNetworkRegistry(ctx, input.slug, getLocale()), {
		status: 201,
		headers: { location: `${url.pathname}/${input.slug}` }
	});
});

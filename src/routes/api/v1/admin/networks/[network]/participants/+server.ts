import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { requireManageNetworks } from '$lib/server/access/access';
import { apiRoute, readJson } from '$lib/server/api/http';
import { addParticipant } from '$lib/server/registry/add-participant';
import { getNetworkRegistry } from '$lib/server/registry/get-network-registry';
import { addParticipantSchema } from '$lib/server/registry/schemas';

export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	requireManageNetworks(ctx.actor);
	const input = await readJson(request, addParticipantSchema);
	await addParticipant(ctx, params.network, input);
	return json(await getNetworkRegistry(ctx, params.network, getLocale()), { status: 201 });
});

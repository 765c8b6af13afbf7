import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson } from '$lib/server/api/http';
import { getOffer } from '$lib/server/exchange/get-offer';
import { recordId } from '$lib/server/exchange/record-id';
import { updateOffer } from '$lib/server/exchange/update-offer';
import { updateOfferSchema } from '$lib/server/exchange/schemas';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json(await getOffer(ctx, params.network, recordId(params.id)))
);

export const PATCH: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	const id = recordId(params.id);
	const input = await readJson(request, updateOfferSchema);
	await updateOffer(ctx, params.network, id, input);
	return json(await getOffer(ctx, params.network, id));
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson, readQuery } from '$lib/server/api/http';
import { requireSignedIn } from '$lib/server/access/access';
import { createOffer } from '$lib/server/exchange/create-offer';
import { getOffer } from '$lib/server/exchange/get-offer';
import { listOffers } from '$lib/server/exchange/list-offers';
import { createOfferSchema, listOffersQuerySchema } from '$lib/server/exchange/schemas';

export const GET: RequestHandler = apiRoute(async ({ params, url }, ctx) =>
	json(await listOffers(ctx, params.network, readQuery(url, listOffersQuerySchema)))
);

export const POST: RequestHandler = apiRoute(async ({ params, request, url }, ctx) => {
	requireSignedIn(ctx.actor);
	const input = await readJson(request, createOfferSchema);
	const { id } = await createOffer(ctx, params.network, input);
	return json(await getOffer(ctx, params.network, id), {
		status: 201,
		headers: { location: `${url.pathname}/${id}` }
	});
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute } from '$lib/server/api/http';
import { listOfferMatches } from '$lib/server/exchange/list-offer-matches';
import { recordId } from '$lib/server/exchange/record-id';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json(await listOfferMatches(ctx, params.network, recordId(params.id)))
);

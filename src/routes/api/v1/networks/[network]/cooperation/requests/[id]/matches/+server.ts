import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute } from '$lib/server/api/http';
import { listRequestMatches } from '$lib/server/exchange/list-request-matches';
import { recordId } from '$lib/server/exchange/record-id';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json(await listRequestMatches(ctx, params.network, recordId(params.id)))
);

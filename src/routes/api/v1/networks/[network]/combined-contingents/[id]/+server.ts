import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute } from '$lib/server/api/http';
import { getContingent } from '$lib/server/pledges/get-contingent';
import { recordId } from '$lib/server/pledges/ids';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json(await getContingent(ctx, params.network, recordId(params.id)))
);

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readQuery } from '$lib/server/api/http';
import { getRegionalView } from '$lib/server/barriers/get-regional-view';
import { regionalQuerySchema } from '$lib/server/barriers/schemas';

export const GET: RequestHandler = apiRoute(async ({ params, url }, ctx) => {
	const { year } = readQuery(url, regionalQuerySchema);
	return json(await getRegionalView(ctx, params.network, year));
});

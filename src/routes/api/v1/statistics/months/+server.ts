import { apiRoute, json } from '$lib/server/api/http';
import { statisticsCacheHeaders } from '$lib/server/statistics/http-cache';
import { listStatisticsMonths } from '$lib/server/statistics/list-months';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(async ({ url }, ctx) => {
	const headers = await statisticsCacheHeaders(ctx.db, [url.pathname], 'public');
	return json(await listStatisticsMonths(ctx), { headers });
});

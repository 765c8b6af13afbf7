import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute, json, readQuery } from '$lib/server/api/http';
import { getContributions } from '$lib/server/statistics/get-contributions';
import { statisticsCacheHeaders } from '$lib/server/statistics/http-cache';
import { contributionsQuerySchema } from '$lib/server/statistics/schemas';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(async ({ url }, ctx) => {
	const query = readQuery(url, contributionsQuerySchema);
	const locale = getLocale();
	const headers = await statisticsCacheHeaders(
		ctx.db,
		[url.pathname, url.search, locale],
		'public'
	);
	return json(await getContributions(ctx, query, locale), {
		headers: { ...headers, vary: 'Accept-Language' }
	});
});

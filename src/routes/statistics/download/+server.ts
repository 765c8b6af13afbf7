import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute, json } from '$lib/server/api/http';
import { buildView, findTable, tableToCsv, tableToJson } from '$lib/server/statistics/download';
import { statisticsCacheHeaders } from '$lib/server/statistics/http-cache';
import type { RequestHandler } from './$types';

/** The numbers a statistics page shows, one table at a time, as CSV or JSON. */
export const GET: RequestHandler = apiRoute(async ({ url }, ctx) => {
	const get = (name: string) => url.searchParams.get(name) ?? undefined;
	const locale = getLocale();
	const view = await buildView(
		ctx,
		{ view: get('view') ?? '', id: get('id'), month: get('month'), scope: get('scope') },
		locale
	);
	const table = findTable(view, get('table') ?? '');
	const headers = await statisticsCacheHeaders(
		ctx.db,
		[url.pathname, url.search, locale],
		'public'
	);
	const name = [view.params.view, view.params.id, table.id, view.month].filter(Boolean).join('-');
	if (get('format') === 'json') {
		return json(
			{ view: view.params, month: view.month, quality: view.quality, table: tableToJson(table) },
			{ headers: { ...headers, vary: 'Accept-Language, Cookie' } }
		);
	}
	return new Response(tableToCsv(table), {
		headers: {
			...headers,
			vary: 'Accept-Language, Cookie',
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name}.csv"`
		}
	});
});

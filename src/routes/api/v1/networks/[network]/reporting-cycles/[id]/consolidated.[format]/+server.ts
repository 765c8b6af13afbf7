import type { RequestHandler } from './$types';
import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute } from '$lib/server/api/http';
import { parseCycleId } from '$lib/server/reports/cycle-context';
import { renderConsolidated } from '$lib/server/reports/render-consolidated';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) => {
	const file = await renderConsolidated(
		ctx,
		params.network,
		parseCycleId(params.id),
		params.format,
		getLocale()
	);
	return new Response(file.body, {
		headers: {
			'content-type': file.contentType,
			'content-disposition': `attachment; filename="${file.filename}"`,
			// Each reader gets what is released to it: no shared cache may keep it.
			'cache-control': 'private, no-store'
		}
	});
});

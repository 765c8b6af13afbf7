import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute } from '$lib/server/api/http';
import { buildCatalog } from '$lib/server/opendata/build-catalog';
import { catalogJsonLd } from '$lib/server/opendata/catalog-jsonld';
import { publicOrigin } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** The open data catalogue as DCAT-AP JSON-LD: every public dataset and its downloads. */
export const GET: RequestHandler = apiRoute(async (_event, ctx) => {
	const catalog = await buildCatalog(ctx, publicOrigin(), getLocale());
	return new Response(JSON.stringify(catalogJsonLd(catalog)), {
		headers: {
			'content-type': 'application/ld+json; charset=utf-8',
			vary: 'Accept-Language, Cookie'
		}
	});
});

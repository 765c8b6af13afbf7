import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute, readJson } from '$lib/server/api/http';
import { getCycle } from '$lib/server/reports/get-cycle';
import { listCycles } from '$lib/server/reports/list-cycles';
import { openCycle } from '$lib/server/reports/open-cycle';
import { openCycleSchema } from '$lib/server/reports/schemas';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json({ items: (await listCycles(ctx, params.network)).items })
);

export const POST: RequestHandler = apiRoute(async ({ params, request, url }, ctx) => {
	const input = await readJson(request, openCycleSchema);
	const { id } = await openCycle(ctx, params.network, input);
	return json(await getCycle(ctx, params.network, id, getLocale()), {
		status: 201,
		headers: { location: `${url.pathname}/${id}` }
	});
});

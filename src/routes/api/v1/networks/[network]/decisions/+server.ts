import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute, readJson } from '$lib/server/api/http';
import { requireSignedIn } from '$lib/server/access/access';
import { getDecision } from '$lib/server/decisions/get-decision';
import { listDecisions } from '$lib/server/decisions/list-decisions';
import { openDecision } from '$lib/server/decisions/open-decision';
import { createDecisionSchema } from '$lib/server/decisions/schemas';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json({ items: (await listDecisions(ctx, params.network, getLocale())).items })
);

export const POST: RequestHandler = apiRoute(async ({ params, request, url }, ctx) => {
	requireSignedIn(ctx.actor);
	const input = await readJson(request, createDecisionSchema);
	const { id } = await openDecision(ctx, params.network, input);
	return json(await getDecision(ctx, params.network, id, getLocale()), {
		status: 201,
		headers: { location: `${url.pathname}/${id}` }
	});
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute, readJson } from '$lib/server/api/http';
import { requireSignedIn } from '$lib/server/access/access';
import { decisionIdParam } from '$lib/server/decisions/decision-id';
import { extendDecision } from '$lib/server/decisions/extend-decision';
import { getDecision } from '$lib/server/decisions/get-decision';
import { extendInputSchema } from '$lib/server/decisions/schemas';

export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	requireSignedIn(ctx.actor);
	const id = decisionIdParam(params.id);
	await extendDecision(ctx, params.network, id, await readJson(request, extendInputSchema));
	return json(await getDecision(ctx, params.network, id, getLocale()));
});

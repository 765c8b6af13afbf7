import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute } from '$lib/server/api/http';
import { requireSignedIn } from '$lib/server/access/access';
import { decisionIdParam } from '$lib/server/decisions/decision-id';
import { getDecision } from '$lib/server/decisions/get-decision';
import { withdrawDecision } from '$lib/server/decisions/withdraw-decision';

export const POST: RequestHandler = apiRoute(async ({ params }, ctx) => {
	requireSignedIn(ctx.actor);
	const id = decisionIdParam(params.id);
	await withdrawDecision(ctx, params.network, id);
	return json(await getDecision(ctx, params.network, id, getLocale()));
});

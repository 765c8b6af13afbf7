import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute, readJson } from '$lib/server/api/http';
import { requireSignedIn } from '$lib/server/access/access';
import { decisionIdParam } from '$lib/server/decisions/decision-id';
import { getDecision } from '$lib/server/decisions/get-decision';
import { recordPosition } from '$lib/server/decisions/record-position';
import { positionInputSchema } from '$lib/server/decisions/schemas';

export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	requireSignedIn(ctx.actor);
	const id = decisionIdParam(params.id);
	await recordPosition(ctx, params.network, id, await readJson(request, positionInputSchema));
	return json(await getDecision(ctx, params.network, id, getLocale()), { status: 201 });
});

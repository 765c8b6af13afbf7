import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute, readJson } from '$lib/server/api/http';
import { requireSignedIn } from '$lib/server/access/access';
import { decisionIdParam } from '$lib/server/governance/decision-id';
import { getDecision } from '$lib/server/governance/get-decision';
import { recordPosition } from '$lib/server/governance/record-position';
import { positionInputSchema } from '$lib/server/governance/schemas';

export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	requireSignedIn(ctx.actor);
	const id = decisionIdParam(params.id);
	await recordPosition(ctx, params.network, id, await readJson(request, positionInputSchema));
	return json(await getDecision(ctx, params.network, id, getLocale()), { status: 201 });
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson } from '$lib/server/api/http';
import { requireSignedIn } from '$lib/server/access/access';
import { recordId } from '$lib/server/exchange/record-id';
import { transitionCommitment } from '$lib/server/exchange/transition-commitment';
import { transitionSchema } from '$lib/server/exchange/schemas';

export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	requireSignedIn(ctx.actor);
	const id = recordId(params.id);
	const input = await readJson(request, transitionSchema);
	return json(await transitionCommitment(ctx, params.network, id, input));
});

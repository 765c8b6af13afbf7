import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson } from '$lib/server/api/http';
import { requireSignedIn } from '$lib/server/access/access';
import { proposeCommitment } from '$lib/server/exchange/propose-commitment';
import { recordId } from '$lib/server/exchange/record-id';
import { createCommitmentSchema } from '$lib/server/exchange/schemas';

export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	requireSignedIn(ctx.actor);
	const id = recordId(params.id);
	const input = await readJson(request, createCommitmentSchema);
	return json(await proposeCommitment(ctx, params.network, id, input), { status: 201 });
});

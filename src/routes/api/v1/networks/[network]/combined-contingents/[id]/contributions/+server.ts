import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson } from '$lib/server/api/http';
import { attachPledge } from '$lib/server/pledges/attach-pledge';
import { getContingent } from '$lib/server/pledges/get-contingent';
import { recordId } from '$lib/server/pledges/ids';
import { contributionInputSchema } from '$lib/server/pledges/schemas';

export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	const id = recordId(params.id);
	const input = await readJson(request, contributionInputSchema);
	await attachPledge(ctx, params.network, id, input.pledgeId);
	return json(await getContingent(ctx, params.network, id), { status: 201 });
});

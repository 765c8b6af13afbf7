import type { RequestHandler } from './$types';
import { apiRoute } from '$lib/server/api/http';
import { recordId } from '$lib/server/pledges/ids';
import { withdrawPledge } from '$lib/server/pledges/withdraw-pledge';

export const DELETE: RequestHandler = apiRoute(async ({ params }, ctx) => {
	await withdrawPledge(ctx, params.network, recordId(params.id), recordId(params.pledgeId));
	return new Response(null, { status: 204 });
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson } from '$lib/server/api/http';
import { createRecommendation } from '$lib/server/barriers/create-recommendation';
import { recordId } from '$lib/server/barriers/ids';
import { listRecommendations } from '$lib/server/barriers/list-recommendations';
import { createRecommendationSchema } from '$lib/server/barriers/schemas';
import { NotFoundError } from '$lib/server/errors';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) => {
	const { items } = await listRecommendations(ctx, params.network, recordId(params.id));
	return json({ items });
});

export const POST: RequestHandler = apiRoute(async ({ params, request, url }, ctx) => {
	const assessmentId = recordId(params.id);
	const input = await readJson(request, createRecommendationSchema);
	const { id } = await createRecommendation(ctx, params.network, assessmentId, input);
	const { items } = await listRecommendations(ctx, params.network, assessmentId);
	const created = items.find((r) => r.id === id);
	if (!created) throw new NotFoundError();
	return json(created, { status: 201, headers: { location: `${url.pathname}#${id}` } });
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson } from '$lib/server/api/http';
import { followUpRecommendation } from '$lib/server/barriers/follow-up-recommendation';
import { recordId } from '$lib/server/barriers/ids';
import { listRecommendations } from '$lib/server/barriers/list-recommendations';
import { recommendationUpdateSchema } from '$lib/server/barriers/schemas';
import { NotFoundError } from '$lib/server/errors';

export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	const assessmentId = recordId(params.id);
	const recommendationId = recordId(params.recommendationId);
	const input = await readJson(request, recommendationUpdateSchema);
	await followUpRecommendation(ctx, params.network, assessmentId, recommendationId, input);
	const { items } = await listRecommendations(ctx, params.network, assessmentId);
	const updated = items.find((r) => r.id === recommendationId);
	if (!updated) throw new NotFoundError();
	return json(updated, { status: 201 });
});

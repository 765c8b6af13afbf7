import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson } from '$lib/server/api/http';
import { getAssessment } from '$lib/server/barriers/get-assessment';
import { recordId } from '$lib/server/barriers/ids';
import { updateAssessment } from '$lib/server/barriers/update-assessment';
import { updateAssessmentSchema } from '$lib/server/barriers/schemas';

async function answer(
	ctx: Parameters<typeof getAssessment>[0],
	network: string,
	id: string,
	origin: string
) {
	const { canEdit: _canEdit, ...assessment } = await getAssessment(ctx, network, id, origin);
	return json(assessment);
}

export const GET: RequestHandler = apiRoute(async ({ params, url }, ctx) =>
	answer(ctx, params.network, recordId(params.id), url.origin)
);

export const PATCH: RequestHandler = apiRoute(async ({ params, request, url }, ctx) => {
	const id = recordId(params.id);
	const input = await readJson(request, updateAssessmentSchema);
	await updateAssessment(ctx, params.network, id, input);
	return answer(ctx, params.network, id, url.origin);
});

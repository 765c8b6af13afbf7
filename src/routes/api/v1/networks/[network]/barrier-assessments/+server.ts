import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { requireSignedIn } from '$lib/server/access/access';
import { apiRoute, readJson, readQuery } from '$lib/server/api/http';
import { createAssessment } from '$lib/server/barriers/create-assessment';
import { getAssessment } from '$lib/server/barriers/get-assessment';
import { listAssessments } from '$lib/server/barriers/list-assessments';
import { createAssessmentSchema, listAssessmentsQuerySchema } from '$lib/server/barriers/schemas';

export const GET: RequestHandler = apiRoute(async ({ params, url }, ctx) => {
	const { items } = await listAssessments(
		ctx,
		params.network,
		readQuery(url, listAssessmentsQuerySchema)
	);
	return json({ items });
});

export const POST: RequestHandler = apiRoute(async ({ params, request, url }, ctx) => {
	requireSignedIn(ctx.actor);
	const input = await readJson(request, createAssessmentSchema);
	const { id } = await createAssessment(ctx, params.network, input);
	const { canEdit: _canEdit, ...assessment } = await getAssessment(
		ctx,
		params.network,
		id,
		url.origin
	);
	return json(assessment, { status: 201, headers: { location: `${url.pathname}/${id}` } });
});

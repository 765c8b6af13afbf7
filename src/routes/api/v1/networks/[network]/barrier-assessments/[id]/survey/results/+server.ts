import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute } from '$lib/server/api/http';
import { getSurveyResults } from '$lib/server/barriers/get-survey-results';
import { recordId } from '$lib/server/barriers/ids';
import { NotFoundError } from '$lib/server/errors';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) => {
	const results = await getSurveyResults(ctx, params.network, recordId(params.id));
	if (!results) throw new NotFoundError();
	return json(results);
});

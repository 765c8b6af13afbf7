import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson } from '$lib/server/api/http';
import { answerSurvey } from '$lib/server/barriers/answer-survey';
import { findSurvey } from '$lib/server/barriers/find-survey';
import { surveyResponseSchema } from '$lib/server/barriers/schemas';

/** Anonymous: whoever calls, nothing about the caller reaches the database. */
export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	await findSurvey(ctx, params.token);
	const input = await readJson(request, surveyResponseSchema);
	const answer = await answerSurvey(ctx, params.token, input);
	return json(answer, { status: answer.recorded ? 201 : 200 });
});

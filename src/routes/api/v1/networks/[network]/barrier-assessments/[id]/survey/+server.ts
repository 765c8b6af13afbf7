import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute } from '$lib/server/api/http';
import { recordId } from '$lib/server/barriers/ids';
import { openSurvey } from '$lib/server/barriers/open-survey';

export const POST: RequestHandler = apiRoute(async ({ params, url }, ctx) => {
	const { link, token, open } = await openSurvey(
		ctx,
		params.network,
		recordId(params.id),
		url.origin
	);
	return json({ link, responsesUrl: `${url.origin}/api/v1/surveys/${token}/responses`, open });
});

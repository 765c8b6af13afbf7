import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { requireSignedIn } from '$lib/server/access/access';
import { apiRoute, readJson } from '$lib/server/api/http';
import { getCourse } from '$lib/server/training/get-course';
import { idParam } from '$lib/server/training/ids';
import { courseDetailsSchema } from '$lib/server/training/schemas';
import { setCourseDetails } from '$lib/server/training/set-course-details';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json((await getCourse(ctx, params.network, idParam(params.id))).course)
);

export const PUT: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	requireSignedIn(ctx.actor);
	const id = idParam(params.id);
	const input = await readJson(request, courseDetailsSchema);
	await setCourseDetails(ctx, params.network, id, input);
	return json((await getCourse(ctx, params.network, id)).course);
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { uuidParam } from '$lib/server/api/path-params';
import { apiRoute, readJson } from '$lib/server/api/http';
import { deleteEvent } from '$lib/server/calendar/delete-event';
import { getEvent } from '$lib/server/calendar/get-event';
import { updateEvent } from '$lib/server/calendar/update-event';
import { updateEventSchema } from '$lib/server/calendar/schemas';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json((await getEvent(ctx, params.network, uuidParam(params.id))).event)
);

export const PATCH: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	const id = uuidParam(params.id);
	const input = await readJson(request, updateEventSchema);
	await updateEvent(ctx, params.network, id, input);
	return json((await getEvent(ctx, params.network, id)).event);
});

export const DELETE: RequestHandler = apiRoute(async ({ params }, ctx) => {
	await deleteEvent(ctx, params.network, uuidParam(params.id));
	return new Response(null, { status: 204 });
});

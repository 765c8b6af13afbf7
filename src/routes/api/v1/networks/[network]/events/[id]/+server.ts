import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { apiRoute, readJson } from '$lib/server/api/http';
import { NotFoundError } from '$lib/server/errors';
import { deleteEvent } from '$lib/server/calendar/delete-event';
import { getEvent } from '$lib/server/calendar/get-event';
import { updateEvent } from '$lib/server/calendar/update-event';
import { updateEventSchema } from '$lib/server/calendar/schemas';

function eventId(raw: string): string {
	const parsed = z.uuid().safeParse(raw);
	if (!parsed.success) throw new NotFoundError();
	return parsed.data;
}

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json((await getEvent(ctx, params.network, eventId(params.id))).event)
);

export const PATCH: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	const id = eventId(params.id);
	const input = await readJson(request, updateEventSchema);
	await updateEvent(ctx, params.network, id, input);
	return json((await getEvent(ctx, params.network, id)).event);
});

export const DELETE: RequestHandler = apiRoute(async ({ params }, ctx) => {
	await deleteEvent(ctx, params.network, eventId(params.id));
	return new Response(null, { status: 204 });
});

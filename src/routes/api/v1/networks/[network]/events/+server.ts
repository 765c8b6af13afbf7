import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { requireSignedIn } from '$lib/server/access/access';
import { apiRoute, readJson, readQuery } from '$lib/server/api/http';
import { createEvent } from '$lib/server/calendar/create-event';
import { getEvent } from '$lib/server/calendar/get-event';
import { listEvents } from '$lib/server/calendar/list-events';
import { createEventSchema, listEventsQuerySchema } from '$lib/server/calendar/schemas';

export const GET: RequestHandler = apiRoute(async ({ params, url }, ctx) =>
	json(await listEvents(ctx, params.network, readQuery(url, listEventsQuerySchema)))
);

export const POST: RequestHandler = apiRoute(async ({ params, request, url }, ctx) => {
	requireSignedIn(ctx.actor);
	const input = await readJson(request, createEventSchema);
	const { id } = await createEvent(ctx, params.network, input);
	const location = `${url.pathname}/${id}`;
	try {
		const { event } = await getEvent(ctx, params.network, id);
		return json(event, { status: 201, headers: { location } });
	} catch {
		// The Presidency may file an event released only to others: confirm it without its content.
		return json({ id }, { status: 201, headers: { location } });
	}
});

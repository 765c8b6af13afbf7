import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { apiRoute } from '$lib/server/api/http';
import { NotFoundError } from '$lib/server/errors';
import { getCalendar } from '$lib/server/calendar/get-calendar';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) => {
	const year = z.coerce.number().int().min(1900).max(2200).safeParse(params.year);
	if (!year.success) throw new NotFoundError();
	return json(await getCalendar(ctx, params.network, year.data));
});

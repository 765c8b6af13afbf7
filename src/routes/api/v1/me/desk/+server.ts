import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute } from '$lib/server/api/http';
import { getDesk } from '$lib/server/desk/get-desk';
import { getLocale } from '$lib/paraglide/runtime';

export const GET: RequestHandler = apiRoute(async (_event, ctx) =>
	json(await getDesk(ctx, getLocale()))
);

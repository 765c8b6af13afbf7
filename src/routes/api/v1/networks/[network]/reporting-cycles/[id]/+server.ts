import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute } from '$lib/server/api/http';
import { parseCycleId } from '$lib/server/reports/cycle-context';
import { getCycle } from '$lib/server/reports/get-cycle';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json(await getCycle(ctx, params.network, parseCycleId(params.id), getLocale()))
);

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute } from '$lib/server/api/http';
import { listParticipants } from '$lib/server/registry/list-participants';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json({ items: await listParticipants(ctx, params.network, getLocale()) })
);

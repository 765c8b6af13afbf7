import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute } from '$lib/server/api/http';
import { listParticipants } from '$lib/server/registry/list-participants';

export const GET = apiRoute(async ({ params }, ctx) =>
	json({ items: await listParticipants(ctx, params.network, getLocale()) })
);

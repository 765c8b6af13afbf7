import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute } from '$lib/server/api/http';
import { listDeclarations } from '$lib/server/declarations/list-declarations';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) => {
	const { items } = await listDeclarations(ctx, params.network, getLocale());
	return json({ items });
});

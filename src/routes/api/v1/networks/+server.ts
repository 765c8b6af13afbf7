import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute } from '$lib/server/api/http';
import { listNetworks } from '$lib/server/registry/list-networks';

export const GET: RequestHandler = apiRoute(async (_event, ctx) =>
	json({ items: await listNetworks(ctx) })
);

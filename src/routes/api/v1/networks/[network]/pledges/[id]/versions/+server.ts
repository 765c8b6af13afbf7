import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute } from '$lib/server/api/http';
import { recordId } from '$lib/server/pledges/ids';
import { listPledgeVersions } from '$lib/server/pledges/list-pledge-versions';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json({ items: await listPledgeVersions(ctx, params.network, recordId(params.id)) })
);

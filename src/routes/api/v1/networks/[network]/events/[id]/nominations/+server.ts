import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { requireSignedIn } from '$lib/server/access/access';
import { apiRoute, readJson } from '$lib/server/api/http';
import { createNomination } from '$lib/server/training/create-nomination';
import { idParam } from '$lib/server/training/ids';
import { listNominations } from '$lib/server/training/list-nominations';
import { nominateSchema } from '$lib/server/training/schemas';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) => {
	requireSignedIn(ctx.actor);
	return json({ items: await listNominations(ctx, params.network, idParam(params.id)) });
});

export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	requireSignedIn(ctx.actor);
	const id = idParam(params.id);
	const input = await readJson(request, nominateSchema);
	const created = await createNomination(ctx, params.network, id, input);
	const own = (await listNominations(ctx, params.network, id)).find((n) => n.id === created.id);
	return json(own ?? created, { status: 201 });
});

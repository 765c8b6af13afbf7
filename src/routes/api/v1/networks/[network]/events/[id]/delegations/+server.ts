import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { requireSignedIn } from '$lib/server/access/access';
import { apiRoute, readJson } from '$lib/server/api/http';
import { NotFoundError } from '$lib/server/errors';
import { listDelegations } from '$lib/server/calendar/list-delegations';
import { registerDelegation } from '$lib/server/calendar/register-delegation';
import { registerDelegationSchema } from '$lib/server/calendar/schemas';

function eventId(raw: string): string {
	const parsed = z.uuid().safeParse(raw);
	if (!parsed.success) throw new NotFoundError();
	return parsed.data;
}

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json({ items: await listDelegations(ctx, params.network, eventId(params.id)) })
);

/** Registers the caller's participant's delegation, or replaces the one it registered. */
export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	requireSignedIn(ctx.actor);
	const id = eventId(params.id);
	const input = await readJson(request, registerDelegationSchema);
	const result = await registerDelegation(ctx, params.network, id, input);
	const own = (await listDelegations(ctx, params.network, id)).find((d) => d.id === result.id);
	return json(own ?? { id: result.id }, { status: result.created ? 201 : 200 });
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson } from '$lib/server/api/http';
import { requireSignedIn } from '$lib/server/access/access';
import { listCapabilityGaps } from '$lib/server/pledges/list-capability-gaps';
import { publishCapabilityGap } from '$lib/server/pledges/publish-capability-gap';
import { publishGapSchema } from '$lib/server/pledges/schemas';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) => {
	const { items } = await listCapabilityGaps(ctx, params.network);
	return json({ items: items.map(({ canDelete: _canDelete, ...gap }) => gap) });
});

export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	requireSignedIn(ctx.actor);
	const input = await readJson(request, publishGapSchema);
	const { id } = await publishCapabilityGap(ctx, params.network, input);
	const { items } = await listCapabilityGaps(ctx, params.network);
	const found = items.find((gap) => gap.id === id);
	if (!found) return json({ id }, { status: 201 });
	const { canDelete: _canDelete, ...gap } = found;
	return json(gap, { status: 201 });
});

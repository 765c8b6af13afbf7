import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { requireSignedIn } from '$lib/server/access/access';
import { apiRoute, readJson } from '$lib/server/api/http';
import { decideNomination } from '$lib/server/training/decide-nomination';
import { idParam } from '$lib/server/training/ids';
import { listNominations } from '$lib/server/training/list-nominations';
import { nominationDecisionSchema } from '$lib/server/training/schemas';

export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	requireSignedIn(ctx.actor);
	const id = idParam(params.id);
	const nominationId = idParam(params.nominationId);
	const input = await readJson(request, nominationDecisionSchema);
	await decideNomination(ctx, params.network, id, nominationId, input);
	const decided = (await listNominations(ctx, params.network, id)).find(
		(n) => n.id === nominationId
	);
	return json(decided ?? { id: nominationId });
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { uuidParam } from '$lib/server/api/path-params';
import { apiRoute, readJson } from '$lib/server/api/http';
import { getSituationNote } from '$lib/server/situation/get-situation-note';
import { updateSituationNote } from '$lib/server/situation/update-situation-note';
import { updateSituationNoteSchema } from '$lib/server/situation/schemas';

async function noteAnswer(
	ctx: Parameters<typeof getSituationNote>[0],
	network: string,
	id: string
) {
	const { canEdit: _canEdit, ...note } = await getSituationNote(ctx, network, id);
	return json(note);
}

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	noteAnswer(ctx, params.network, uuidParam(params.id))
);

export const PATCH: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	const id = uuidParam(params.id);
	const input = await readJson(request, updateSituationNoteSchema);
	await updateSituationNote(ctx, params.network, id, input);
	return noteAnswer(ctx, params.network, id);
});

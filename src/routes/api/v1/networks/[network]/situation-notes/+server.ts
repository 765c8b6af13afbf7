import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { requireSignedIn } from '$lib/server/access/access';
import { apiRoute, readJson, readQuery } from '$lib/server/api/http';
import { createSituationNote } from '$lib/server/situation/create-situation-note';
import { getSituationNote } from '$lib/server/situation/get-situation-note';
import { listSituationNotes } from '$lib/server/situation/list-situation-notes';
import {
	createSituationNoteSchema,
	listSituationNotesQuerySchema
} from '$lib/server/situation/schemas';

export const GET: RequestHandler = apiRoute(async ({ params, url }, ctx) =>
	json(await listSituationNotes(ctx, params.network, readQuery(url, listSituationNotesQuerySchema)))
);

export const POST: RequestHandler = apiRoute(async ({ params, request, url }, ctx) => {
	requireSignedIn(ctx.actor);
	const input = await readJson(request, createSituationNoteSchema);
	const { id } = await createSituationNote(ctx, params.network, input);
	const { canEdit: _canEdit, ...note } = await getSituationNote(ctx, params.network, id);
	return json(note, { status: 201, headers: { location: `${url.pathname}/${id}` } });
});

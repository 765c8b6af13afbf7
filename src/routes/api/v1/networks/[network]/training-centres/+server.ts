import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { requireSignedIn } from '$lib/server/access/access';
import { apiRoute, readJson } from '$lib/server/api/http';
import { createTrainingCentre } from '$lib/server/training/create-training-centre';
import { getTrainingCentre } from '$lib/server/training/get-training-centre';
import { listTrainingCentres } from '$lib/server/training/list-training-centres';
import { createCentreSchema } from '$lib/server/training/schemas';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json({ items: (await listTrainingCentres(ctx, params.network)).items })
);

export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	requireSignedIn(ctx.actor);
	const input = await readJson(request, createCentreSchema);
	const { id } = await createTrainingCentre(ctx, params.network, input);
	const { centre } = await getTrainingCentre(ctx, params.network, id);
	return json(centre, { status: 201 });
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { apiRoute } from '$lib/server/api/http';
import { NotFoundError } from '$lib/server/errors';
import { getTrainingCentre } from '$lib/server/training/get-training-centre';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) => {
	const id = z.uuid().safeParse(params.id);
	if (!id.success) throw new NotFoundError();
	return json((await getTrainingCentre(ctx, params.network, id.data)).centre);
});

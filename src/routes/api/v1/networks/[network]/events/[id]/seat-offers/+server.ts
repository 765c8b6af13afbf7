import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { requireSignedIn } from '$lib/server/access/access';
import { apiRoute, readJson } from '$lib/server/api/http';
import { getCourse } from '$lib/server/training/get-course';
import { idParam } from '$lib/server/training/ids';
import { offerSeats } from '$lib/server/training/offer-seats';
import { seatOfferSchema } from '$lib/server/training/schemas';

/** Sets the seats offered to one participant or to any; answers the course with its seats. */
export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	requireSignedIn(ctx.actor);
	const id = idParam(params.id);
	const input = await readJson(request, seatOfferSchema);
	await offerSeats(ctx, params.network, id, input);
	return json((await getCourse(ctx, params.network, id)).course);
});

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { requireSignedIn } from '$lib/server/access/access';
import { apiRoute, readJson } from '$lib/server/api/http';
import { declarationIdParam } from '$lib/server/declarations/declaration-access';
import { getDeclaration } from '$lib/server/declarations/get-declaration';
import { proposeAmendment } from '$lib/server/declarations/propose-amendment';
import { amendmentInputSchema } from '$lib/server/declarations/schemas';

export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	requireSignedIn(ctx.actor);
	const id = declarationIdParam(params.id);
	await proposeAmendment(ctx, params.network, id, await readJson(request, amendmentInputSchema));
	return json(await getDeclaration(ctx, params.network, id, getLocale()), { status: 201 });
});

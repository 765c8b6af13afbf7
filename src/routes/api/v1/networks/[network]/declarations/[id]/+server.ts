import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute } from '$lib/server/api/http';
import { declarationIdParam } from '$lib/server/declarations/declaration-access';
import { getDeclaration } from '$lib/server/declarations/get-declaration';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json(await getDeclaration(ctx, params.network, declarationIdParam(params.id), getLocale()))
);

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute } from '$lib/server/api/http';
import { getDecision } from '$lib/server/decisions/get-decision';
import { decisionIdParam } from '$lib/server/decisions/decision-id';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json(await getDecision(ctx, params.network, decisionIdParam(params.id), getLocale()))
);

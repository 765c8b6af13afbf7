import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute } from '$lib/server/api/http';
import { getMe } from '$lib/server/auth/get-me';

export const GET: RequestHandler = apiRoute(async (event, ctx) => json(await getMe(ctx)));

import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readJson } from '$lib/server/api/http';
import { listWebhooks } from '$lib/server/webhooks/list-webhooks';
import { registerWebhook } from '$lib/server/webhooks/register-webhook';
import { registerWebhookSchema } from '$lib/server/webhooks/schemas';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) => {
	const { items } = await listWebhooks(ctx, params.network);
	return json({ items });
});

export const POST: RequestHandler = apiRoute(async ({ params, request }, ctx) => {
	const input = await readJson(request, registerWebhookSchema);
	return json(await registerWebhook(ctx, params.network, input), { status: 201 });
});

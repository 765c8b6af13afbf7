import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute } from '$lib/server/api/http';
import { deleteWebhook } from '$lib/server/webhooks/delete-webhook';
import { getWebhook } from '$lib/server/webhooks/get-webhook';
import { webhookIdParam } from '$lib/server/webhooks/webhook-id';

export const GET: RequestHandler = apiRoute(async ({ params }, ctx) =>
	json((await getWebhook(ctx, params.network, webhookIdParam(params.id))).webhook)
);

export const DELETE: RequestHandler = apiRoute(async ({ params }, ctx) => {
	await deleteWebhook(ctx, params.network, webhookIdParam(params.id));
	return new Response(null, { status: 204 });
});

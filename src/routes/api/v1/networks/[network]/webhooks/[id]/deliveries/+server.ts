import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { apiRoute, readQuery } from '$lib/server/api/http';
import { getWebhook } from '$lib/server/webhooks/get-webhook';
import { listDeliveriesQuerySchema } from '$lib/server/webhooks/schemas';
import { webhookIdParam } from '$lib/server/webhooks/webhook-id';

export const GET: RequestHandler = apiRoute(async ({ params, url }, ctx) => {
	const page = readQuery(url, listDeliveriesQuerySchema);
	const { deliveries, total } = await getWebhook(
		ctx,
		params.network,
		webhookIdParam(params.id),
		page
	);
	return json({ items: deliveries, total });
});

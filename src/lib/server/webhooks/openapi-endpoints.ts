import type { z } from 'zod';
import {
	listDeliveriesQuerySchema,
	registeredWebhookSchema,
	registerWebhookSchema,
	webhookDeliveryListSchema,
	webhookListSchema,
	webhookViewSchema
} from './schemas';

interface WebhookEndpoint {
	method: 'get' | 'post' | 'delete';
	path: string;
	summary: string;
	query?: z.ZodObject;
	body?: z.ZodType;
	response?: z.ZodType;
	status?: number;
}

const hooks = '/networks/{network}/webhooks';

/** The webhooks API, listed in the OpenAPI document. */
export const webhookEndpoints: WebhookEndpoint[] = [
	{
		method: 'get',
		path: hooks,
		summary: "The webhooks of the caller's participant",
		response: webhookListSchema
	},
	{
		method: 'post',
		path: hooks,
		summary:
			"Register a webhook for the caller's participant (its focal points). The URL must be https " +
			'and resolve to public addresses. The answer holds the signing secret, shown this once. ' +
			'Deliveries follow Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature ' +
			'v1 HMAC-SHA256) and carry only records released to the participant, read as it reads them',
		body: registerWebhookSchema,
		response: registeredWebhookSchema,
		status: 201
	},
	{
		method: 'get',
		path: `${hooks}/{id}`,
		summary: "One of the caller's participant's webhooks",
		response: webhookViewSchema
	},
	{
		method: 'delete',
		path: `${hooks}/{id}`,
		summary: 'Delete a webhook and its queued deliveries (focal points)',
		status: 204
	},
	{
		method: 'get',
		path: `${hooks}/{id}/deliveries`,
		summary:
			'The delivery log of a webhook, the latest first: status, attempts, last answer and error. ' +
			'Failed attempts are retried with growing waits for 24 hours',
		query: listDeliveriesQuerySchema,
		response: webhookDeliveryListSchema
	}
];

import { z } from 'zod';

/**
 * What a webhook may subscribe to: each record type's writes that matter to the network's
 * partners. A record's `updated` covers every change of it, withdrawals and closings included.
 */
export const webhookEventTypes = [
	'document.created',
	'document.updated',
	'event.created',
	'event.updated',
	'event.cancelled',
	'decision.opened',
	'decision.settled',
	'report.submitted',
	'pledge.created',
	'pledge.updated',
	'exchange_request.created',
	'exchange_request.updated',
	'exchange_offer.created',
	'exchange_offer.updated',
	'situation_note.created',
	'situation_note.updated'
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

export const registerWebhookSchema = z.object({
	url: z.string().trim().min(1).max(2000),
	events: z
		.array(z.enum(webhookEventTypes))
		.min(1)
		.max(webhookEventTypes.length)
		.transform((events) => [...new Set(events)]),
	description: z.string().trim().max(500).default('')
});
export type RegisterWebhookInput = z.infer<typeof registerWebhookSchema>;

export const registeredWebhookSchema = z.object({
	id: z.uuid(),
	/** Shown once: the platform never shows it again. */
	secret: z.string()
});

export const webhookViewSchema = z.object({
	id: z.uuid(),
	url: z.string(),
	events: z.array(z.enum(webhookEventTypes)),
	description: z.string(),
	createdAt: z.iso.datetime({ offset: true })
});
export type WebhookView = z.infer<typeof webhookViewSchema>;

export const webhookListSchema = z.object({ items: z.array(webhookViewSchema) });

export const webhookDeliveryViewSchema = z.object({
	id: z.uuid(),
	eventType: z.enum(webhookEventTypes),
	status: z.enum(['pending', 'delivered', 'failed']),
	attempts: z.number().int(),
	lastStatusCode: z.number().int().nullable(),
	lastError: z.string().nullable(),
	lastAttemptAt: z.iso.datetime({ offset: true }).nullable(),
	nextAttemptAt: z.iso.datetime({ offset: true }).nullable(),
	deliveredAt: z.iso.datetime({ offset: true }).nullable(),
	createdAt: z.iso.datetime({ offset: true })
});
export type WebhookDeliveryView = z.infer<typeof webhookDeliveryViewSchema>;

export const webhookDeliveryListSchema = z.object({
	items: z.array(webhookDeliveryViewSchema),
	total: z.number().int()
});

export const listDeliveriesQuerySchema = z.object({
	limit: z.coerce.number().int().min(1).max(200).default(50),
	offset: z.coerce.number().int().min(0).max(1_000_000).default(0)
});

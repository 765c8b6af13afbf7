import type { DeliveryRow, WebhookRow } from './repository';
import type { WebhookDeliveryView, WebhookEventType, WebhookView } from './schemas';

export function toWebhookView(row: WebhookRow): WebhookView {
	return {
		id: row.id,
		url: row.url,
		events: row.events as WebhookEventType[],
		description: row.description,
		createdAt: row.createdAt.toISOString()
	};
}

export function toDeliveryView(row: DeliveryRow): WebhookDeliveryView {
	return {
		id: row.id,
		eventType: row.eventType as WebhookEventType,
		status: row.status,
		attempts: row.attempts,
		lastStatusCode: row.lastStatusCode,
		lastError: row.lastError,
		lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
		nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
		deliveredAt: row.deliveredAt?.toISOString() ?? null,
		createdAt: row.createdAt.toISOString()
	};
}

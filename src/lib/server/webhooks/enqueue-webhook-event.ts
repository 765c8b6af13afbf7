import type { Queryable } from '../db/client';
import type { WebhookSubject } from '../db/schema';
import { insertWebhookEvent } from './repository';
import type { WebhookEventType } from './schemas';

/**
 * Announces a change to the network's webhooks. Called by each area inside the transaction of the
 * write itself, so a change that rolls back is never announced and one that commits always is.
 * Who hears of it is decided later, per webhook, by what its participant may read.
 */
export function enqueueWebhookEvent(
	q: Queryable,
	event: { networkId: string; type: WebhookEventType; subject: WebhookSubject }
): Promise<void> {
	return insertWebhookEvent(q, event);
}

import type { Database } from '../db/client';
import { startPeriodicJob } from '../periodic-job';
import { unsafeDeliverWebhooks } from './deliver-webhooks';

/** Partners hear of a change within this long; WEBHOOK_INTERVAL_MS changes it. */
export const webhookIntervalMs = 15 * 1000;

/** Fans out announced changes and sends due deliveries on a timer; safe in several processes. */
export function startWebhookDeliveries(db: Database): () => Promise<void> {
	const configured = Number(process.env.WEBHOOK_INTERVAL_MS);
	const intervalMs =
		Number.isFinite(configured) && configured >= 500 ? configured : webhookIntervalMs;
	return startPeriodicJob('Delivering webhooks', () => unsafeDeliverWebhooks(db), intervalMs);
}

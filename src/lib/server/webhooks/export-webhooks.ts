import type { Transaction } from '../db/client';
import { listWebhooksForExport } from './repository';

/** Export: the participant's webhooks. Never their secrets, which only the delivery job reads. */
export function collectWebhooks(tx: Transaction, owner: { id: string }): Promise<unknown[]> {
	return listWebhooksForExport(tx, owner.id);
}

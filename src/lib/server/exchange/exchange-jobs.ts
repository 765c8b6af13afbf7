import type { Database } from '../db/client';
import { unsafeDeliverOutbox } from '../mail/send-mail';
import { startPeriodicJob } from '../periodic-job';
import { unsafeSendExchangeDigests } from './send-exchange-digests';

/** Steps within this period reach a focal point as one mail. */
const exchangeDigestIntervalMs = 10 * 60 * 1000;

/**
 * Sends the cooperation digests at start and then every ten minutes. The notification table's
 * claims, not this timer, make each step go out once, so any number of processes may run it.
 */
export function startExchangeDigests(
	db: Database,
	origin: string,
	intervalMs = exchangeDigestIntervalMs
): () => Promise<void> {
	return startPeriodicJob(
		'Cooperation digests',
		async () => {
			if ((await unsafeSendExchangeDigests(db, origin)) > 0) await unsafeDeliverOutbox(db);
		},
		intervalMs
	);
}

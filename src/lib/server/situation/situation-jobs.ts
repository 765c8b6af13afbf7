import type { Database } from '../db/client';
import { unsafeDeliverOutbox } from '../mail/send-mail';
import { startPeriodicJob } from '../periodic-job';
import { unsafeSendSituationDigests } from './send-situation-digests';

/** New notes within this period reach a follower as one mail. */
export const situationDigestIntervalMs = 10 * 60 * 1000;

/** Sends the followers' digests on a timer; safe to run in several processes at once. */
export function startSituationJobs(
	db: Database,
	origin: string,
	intervalMs = situationDigestIntervalMs
): () => Promise<void> {
	return startPeriodicJob(
		'Situation digests',
		async () => {
			if ((await unsafeSendSituationDigests(db, origin)) > 0) await unsafeDeliverOutbox(db);
		},
		intervalMs
	);
}

import type { Database } from '../db/client';
import { unsafeDeliverOutbox } from '../mail/send-mail';
import { unsafeQueueDecisionMail, unsafeSendDecisionDigests } from './send-decision-digests';
import { unsafeSettleDueDecisions } from './settle-decision';

export const settleIntervalMs = 60 * 1000;
/** Events within this period reach a person as one mail. */
export const digestIntervalMs = 10 * 60 * 1000;

/**
 * Settles decisions at their deadline, queues reminders and sends digests, on timers that do not
 * keep the process alive. Every step is safe to run in several processes at once. The returned
 * function stops the timers and waits for a pass under way.
 */
export function startGovernanceJobs(
	db: Database,
	origin: string,
	intervals = { settleMs: settleIntervalMs, digestMs: digestIntervalMs }
): () => Promise<void> {
	let last: Promise<unknown> = Promise.resolve();
	const run = (work: () => Promise<unknown>) => {
		last = last.then(work).catch((error: unknown) => {
			console.error('Governance job failed:', error);
		});
	};
	const settle = () =>
		run(async () => {
			await unsafeSettleDueDecisions(db);
			await unsafeQueueDecisionMail(db);
		});
	const digest = () =>
		run(async () => {
			if ((await unsafeSendDecisionDigests(db, origin)) > 0) await unsafeDeliverOutbox(db);
		});
	settle();
	const timers = [setInterval(settle, intervals.settleMs), setInterval(digest, intervals.digestMs)];
	for (const timer of timers) timer.unref();
	return async () => {
		for (const timer of timers) clearInterval(timer);
		await last;
	};
}

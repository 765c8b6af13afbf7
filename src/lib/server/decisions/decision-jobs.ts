import type { Database } from '../db/client';
import { unsafeDeliverOutbox } from '../mail/send-mail';
import { unsafeQueueDecisionMail, unsafeSendDecisionDigests } from './send-decision-digests';
import { unsafeSettleDueDecisions } from './settle-decision';
import { findNextDeadline } from './repository';

export const settleIntervalMs = 60 * 1000;
/** Events within this period reach a person as one mail. */
export const digestIntervalMs = 10 * 60 * 1000;

/**
 * Settles decisions at their deadline, queues reminders and sends digests, on timers that do not
 * keep the process alive. Every step is safe to run in several processes at once. The returned
 * function stops the timers and waits for a pass under way.
 */
export function startDecisionJobs(
	db: Database,
	origin: string,
	intervals = { settleMs: settleIntervalMs, digestMs: digestIntervalMs }
): () => Promise<void> {
	let last: Promise<unknown> = Promise.resolve();
	const run = (work: () => Promise<unknown>) => {
		last = last.then(work).catch((error: unknown) => {
			console.error('Decision job failed:', error);
		});
	};
	// Besides the regular pass, a pass at the next deadline known, so that an outcome and its
	// effect (an observer admitted, a calendar approved) follow the deadline by moments.
	let atDeadline: NodeJS.Timeout | undefined;
	let stopped = false;
	const settle = () =>
		run(async () => {
			await unsafeSettleDueDecisions(db);
			await unsafeQueueDecisionMail(db);
			const next = await findNextDeadline(db, new Date());
			clearTimeout(atDeadline);
			const wait = next ? next.getTime() - Date.now() + 250 : Infinity;
			if (!stopped && wait < intervals.settleMs) {
				atDeadline = setTimeout(settle, Math.max(wait, 0));
				atDeadline.unref();
			}
		});
	const digest = () =>
		run(async () => {
			if ((await unsafeSendDecisionDigests(db, origin)) > 0) await unsafeDeliverOutbox(db);
		});
	settle();
	const timers = [setInterval(settle, intervals.settleMs), setInterval(digest, intervals.digestMs)];
	for (const timer of timers) timer.unref();
	return async () => {
		stopped = true;
		for (const timer of timers) clearInterval(timer);
		clearTimeout(atDeadline);
		await last;
	};
}

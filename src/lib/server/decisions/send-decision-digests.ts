import { pickLocalized } from '$lib/i18n/localized';
import { translate } from '$lib/i18n/translate';
import { mailLocale } from '../auth/mail-locale';
import { formatDateTime } from '../auth/date-time';
import type { Database } from '../db/client';
import { unsafeWithSystem } from '../db/with-actor';
import { enqueueMail } from '../mail/send-mail';
import { findNetworkById } from '../registry/repository';
import {
	claimPendingNotifications,
	listDecisionsByIds,
	listDecisionsNotAnnounced,
	listDecisionsToRemind,
	listRecipients,
	queueNotifications,
	type ClaimedNotification
} from './repository';

/** Reminders go out this long before a deadline, to those who have not answered. */
export const reminderWindowMs = 48 * 60 * 60 * 1000;

/** Queues reminders due by `now`, and opening mail that a stopped process did not queue. */
export async function unsafeQueueDecisionMail(db: Database, now = new Date()): Promise<void> {
	// Unsafe: recipients are users of every eligible participant; no acting user is involved.
	await unsafeWithSystem(db, async (tx) => {
		for (const id of await listDecisionsNotAnnounced(tx))
			await queueNotifications(tx, id, 'opened');
		for (const id of await listDecisionsToRemind(tx, now, reminderWindowMs)) {
			await queueNotifications(tx, id, 'reminder');
		}
	});
}

/**
 * Turns the pending notifications into one mail per person, listing every event since the last
 * digest. Claiming, writing the mail to the outbox and marking them sent happen in one
 * transaction, so each notification is mailed once even with several processes.
 * Returns the number of digests written.
 */
export async function unsafeSendDecisionDigests(
	db: Database,
	origin: string,
	now = new Date()
): Promise<number> {
	// Unsafe: reads every recipient's address and every decision, with no acting user.
	return unsafeWithSystem(db, async (tx) => {
		const claimed = await claimPendingNotifications(tx, now, 1000);
		if (claimed.length === 0) return 0;
		const [recipients, decisionRows] = await Promise.all([
			listRecipients(tx, [...new Set(claimed.map((n) => n.user_id))]),
			listDecisionsByIds(tx, [...new Set(claimed.map((n) => n.decision_id))])
		]);
		const decisionOf = new Map(decisionRows.map((d) => [d.id, d]));
		const slugOf = new Map<string, string>();
		for (const networkId of new Set(decisionRows.map((d) => d.networkId))) {
			slugOf.set(networkId, (await findNetworkById(tx, networkId))?.slug ?? '');
		}
		const byUser = new Map<string, ClaimedNotification[]>();
		for (const n of claimed) byUser.set(n.user_id, [...(byUser.get(n.user_id) ?? []), n]);
		const order = { opened: 0, reminder: 1, outcome: 2 };
		let written = 0;
		for (const recipient of recipients) {
			const items = (byUser.get(recipient.id) ?? []).sort((a, b) => order[a.kind] - order[b.kind]);
			const locale = mailLocale(recipient);
			const lines = items.flatMap((item) => {
				const decision = decisionOf.get(item.decision_id);
				if (!decision) return [];
				const params = {
					title: pickLocalized(decision.title, locale),
					deadline: formatDateTime(decision.deadline, locale, recipient.timeZone),
					outcome: translate(`gov_status_${decision.status}`, {}, locale)
				};
				const link = `${origin}/networks/${slugOf.get(decision.networkId)}/decisions/${decision.id}`;
				return [`- ${translate(`gov_mail_${item.kind}`, params, locale)}`, `  ${link}`, ''];
			});
			if (lines.length === 0) continue;
			await enqueueMail(tx, {
				to: recipient.email,
				subject: translate('gov_mail_subject', { count: items.length }, locale),
				text: [translate('gov_mail_intro', {}, locale), '', ...lines].join('\n')
			});
			written++;
		}
		return written;
	});
}

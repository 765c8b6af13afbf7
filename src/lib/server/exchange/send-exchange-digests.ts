import { pickLocalized } from '$lib/i18n/localized';
import { translate } from '$lib/i18n/translate';
import { mailLocale } from '../auth/mail-locale';
import type { Database } from '../db/client';
import { unsafeWithSystem } from '../db/with-actor';
import { enqueueMail } from '../mail/send-mail';
import {
	claimPendingNotices,
	listNoticeRecipients,
	queueWaitingNotifications,
	type ClaimedCooperationNotice
} from './repository';

/**
 * Queues what waits on each side since the last pass, then writes one mail per focal point
 * listing all of it: the proposals to answer and deliveries to verify on its participant's
 * requests, the accepted commitments it has to carry out. Queuing, claiming and writing to the
 * outbox happen in one transaction, so each step is mailed once even with several processes; a
 * step the commitment has already moved on from is left out. Returns the number of mails written.
 */
export async function unsafeSendExchangeDigests(
	db: Database,
	origin: string,
	now = new Date()
): Promise<number> {
	// Unsafe: reads the focal points of every participant and every request, with no acting user.
	return unsafeWithSystem(db, async (tx) => {
		await queueWaitingNotifications(tx);
		const claimed = (await claimPendingNotices(tx, now, 1000)).filter((n) => n.still_waiting);
		if (claimed.length === 0) return 0;
		const recipients = await listNoticeRecipients(tx, [...new Set(claimed.map((n) => n.user_id))]);
		const byUser = new Map<string, ClaimedCooperationNotice[]>();
		for (const n of claimed) byUser.set(n.user_id, [...(byUser.get(n.user_id) ?? []), n]);
		let written = 0;
		for (const recipient of recipients) {
			const items = byUser.get(recipient.id) ?? [];
			const locale = mailLocale(recipient);
			const lines = items.flatMap((item) => {
				const params = {
					title: pickLocalized(item.title, locale),
					requester: item.requester_code,
					provider: item.provider_code
				};
				const link = `${origin}/networks/${item.network_slug}/cooperation/requests/${item.request_id}#commitment-${item.commitment_id}`;
				return [`- ${translate(`coop_mail_${item.to_status}`, params, locale)}`, `  ${link}`, ''];
			});
			if (lines.length === 0) continue;
			await enqueueMail(tx, {
				to: recipient.email,
				subject: translate('coop_mail_subject', { count: items.length }, locale),
				text: [translate('coop_mail_intro', {}, locale), '', ...lines].join('\n')
			});
			written++;
		}
		return written;
	});
}

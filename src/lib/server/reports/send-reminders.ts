import { formatDate } from '$lib/i18n/format';
import { translate } from '$lib/i18n/translate';
import { mailLocale } from '../auth/mail-locale';
import type { Database } from '../db/client';
import { unsafeWithSystem } from '../db/with-actor';
import { enqueueMail, unsafeDeliverOutbox } from '../mail/send-mail';
import { listNetworkRows } from '../registry/repository';
import {
	claimReminder,
	listCyclesDueSince,
	listFocalPoints,
	listSubmittedOwners,
	setReminderOutbox,
	type CycleRow
} from './repository';
import { addDays, dayOf, daysBetween, reminderKind } from './reporting-day';

/** Overdue reminders are sent for cycles whose due date passed at most this many days ago. */
export const overdueReminderWindowDays = 60;

export interface ReminderPassResult {
	queued: number;
}

/**
 * Queues the reminders due today for focal points of participants that have not submitted. Each
 * reminder is claimed in the reminder table (unique per cycle, participant, person and kind) in
 * the same transaction that queues its mail, so a person never gets the same reminder twice, even
 * with several processes running passes at once or after a restart.
 */
export async function unsafeSendReportReminders(
	db: Database,
	options: { origin: string; now?: Date }
): Promise<ReminderPassResult> {
	// Unsafe: system work with no acting user; it reads only statuses and focal points' addresses.
	const today = dayOf(options.now ?? new Date());
	const cycles = await listCyclesDueSince(db, addDays(today, -overdueReminderWindowDays));
	if (cycles.length === 0) return { queued: 0 };
	const slugs = new Map((await listNetworkRows(db)).map((n) => [n.id, n.slug]));
	let queued = 0;
	for (const cycle of cycles) {
		const kind = reminderKind(cycle.dueOn, today, cycle.reminderOffsets);
		if (!kind) continue;
		const submitted = new Set((await listSubmittedOwners(db, cycle.id)).map((r) => r.ownerId));
		const pending = cycle.asked.filter((id) => !submitted.has(id));
		const recipients = await listFocalPoints(db, pending);
		for (const user of recipients) {
			const sent = await unsafeWithSystem(db, async (tx) => {
				const key = {
					cycleId: cycle.id,
					participantId: user.participantId!,
					userId: user.id,
					kind
				};
				if (!(await claimReminder(tx, key))) return false;
				const mail = reminderMail(cycle, user, kind, today, {
					origin: options.origin,
					slug: slugs.get(cycle.networkId) ?? ''
				});
				const outboxId = await enqueueMail(tx, mail);
				await setReminderOutbox(tx, key, outboxId);
				return true;
			});
			if (sent) queued++;
		}
	}
	if (queued > 0) await unsafeDeliverOutbox(db);
	return { queued };
}

function reminderMail(
	cycle: CycleRow,
	user: { email: string; name: string; locale: string | null; participantId: string | null },
	kind: string,
	today: string,
	where: { origin: string; slug: string }
) {
	const locale = mailLocale(user);
	const due = formatDate(cycle.dueOn, locale);
	const params = {
		name: user.name || user.email,
		title: cycle.title,
		due,
		days: daysBetween(today, cycle.dueOn),
		link: `${where.origin}/networks/${where.slug}/reports/${cycle.id}`
	};
	const overdue = kind === 'overdue';
	return {
		to: user.email,
		subject: translate(
			overdue ? 'rep_mail_overdue_subject' : 'rep_mail_due_subject',
			params,
			locale
		),
		text: translate(overdue ? 'rep_mail_overdue_body' : 'rep_mail_due_body', params, locale)
	};
}

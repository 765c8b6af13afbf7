import { pickLocalized } from '$lib/i18n/localized';
import { translate } from '$lib/i18n/translate';
import { canRead } from '../access/access';
import { mailLocale } from '../auth/mail-locale';
import { formatDateTime } from '../auth/date-time';
import { loadUserActor } from '../auth/user-actor';
import type { Database } from '../db/client';
import { unsafeWithSystem, withActor } from '../db/with-actor';
import { enqueueMail } from '../mail/send-mail';
import { findNetworkById } from '../registry/repository';
import { countryName } from '../statistics/country-names';
import {
	claimUnannouncedNotes,
	listFollowersOf,
	listVisibleNoteIds,
	markAnnounced,
	type NoteRow
} from './repository';

/** How long a digest pass holds the notes it took, before another pass may take them. */
export const digestLeaseMs = 5 * 60 * 1000;

interface Recipient {
	email: string;
	locale: string | null;
	timeZone: string | null;
	noteIds: Set<string>;
}

/**
 * Mails each follower of a mission or a country the new notes about it, one digest per person,
 * with only the notes released to that person: each follower's notes are read again as that
 * follower, under row-level security and the access module both. Notes are claimed for the pass,
 * and the mail is written and the notes marked sent in one transaction, so several processes
 * never send a note twice. Returns the number of digests written.
 */
export async function unsafeSendSituationDigests(
	db: Database,
	origin: string,
	now = new Date()
): Promise<number> {
	// Unsafe: reads every network's new notes and followers, with no acting user.
	const claimed = await unsafeWithSystem(db, (tx) =>
		claimUnannouncedNotes(tx, now, digestLeaseMs, 500)
	);
	if (claimed.length === 0) return 0;
	const claimedUntil = claimed[0]!.digestClaimedUntil!;
	const open = claimed.filter((n) => n.closedAt === null);
	const followers =
		open.length > 0
			? await unsafeWithSystem(db, (tx) =>
					listFollowersOf(
						tx,
						open.map((n) => n.id)
					)
				)
			: [];
	const recipients = new Map<string, Recipient>();
	for (const f of followers) {
		const r = recipients.get(f.userId) ?? {
			email: f.email,
			locale: f.locale,
			timeZone: f.timeZone,
			noteIds: new Set<string>()
		};
		r.noteIds.add(f.noteId);
		recipients.set(f.userId, r);
	}
	const digests: { recipient: Recipient; notes: NoteRow[] }[] = [];
	for (const [userId, recipient] of recipients) {
		const actor = await loadUserActor(db, userId);
		if (!actor.userId || !actor.participant) continue;
		const candidates = open.filter((n) => recipient.noteIds.has(n.id) && canRead(actor, n));
		if (candidates.length === 0) continue;
		const visible = new Set(
			await withActor(db, actor, (tx) =>
				listVisibleNoteIds(
					tx,
					candidates.map((n) => n.id)
				)
			)
		);
		const notes = candidates.filter((n) => visible.has(n.id));
		if (notes.length > 0) digests.push({ recipient, notes });
	}
	return unsafeWithSystem(db, async (tx) => {
		const marked = new Set(
			await markAnnounced(
				tx,
				claimed.map((n) => n.id),
				claimedUntil,
				now
			)
		);
		const slugOf = new Map<string, string>();
		for (const networkId of new Set(claimed.map((n) => n.networkId))) {
			slugOf.set(networkId, (await findNetworkById(tx, networkId))?.slug ?? '');
		}
		let written = 0;
		for (const { recipient, notes } of digests) {
			const kept = notes.filter((n) => marked.has(n.id));
			if (kept.length === 0) continue;
			const locale = mailLocale(recipient);
			const lines = kept.flatMap((note) => {
				const where = [note.mission, countryName(note.countryIso3, locale), note.placeName]
					.filter(Boolean)
					.join(' · ');
				const params = {
					severity: translate(`sit_severity_${note.severity}`, {}, locale),
					title: pickLocalized(note.title, locale),
					where,
					observed: formatDateTime(note.observedAt, locale, recipient.timeZone)
				};
				const link = `${origin}/networks/${slugOf.get(note.networkId)}/situation-notes/${note.id}`;
				return [`- ${translate('sit_mail_line', params, locale)}`, `  ${link}`, ''];
			});
			await enqueueMail(tx, {
				to: recipient.email,
				subject: translate('sit_mail_subject', { count: kept.length }, locale),
				text: [translate('sit_mail_intro', {}, locale), '', ...lines].join('\n')
			});
			written++;
		}
		return written;
	});
}

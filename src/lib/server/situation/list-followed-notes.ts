import { titleOf } from '$lib/i18n/localized';
import { canRead } from '../access/access';
import type { Actor } from '../access/actor';
import { recordRead } from '../audit/read-audit';
import type { Transaction } from '../db/client';
import { countryName } from '../statistics/country-names';
import { listFollowedNoteRows } from './repository';

/** Notes stay on a follower's desk this long after they were written or last changed. */
export const deskWindowMs = 14 * 86_400_000;

export interface FollowedNote {
	id: string;
	title: string;
	titleLanguage: string;
	severity: 'info' | 'advisory' | 'warning' | 'critical';
	mission: string | null;
	country: string;
	countryName: string;
	observedAt: string;
	href: string;
}

/**
 * The open notes on the missions and countries the reader follows, from the last two weeks, that
 * are released to the reader: row-level security filters, and the code checks again.
 */
export async function listFollowedNotesIn(
	tx: Transaction,
	actor: Actor,
	network: { id: string; slug: string },
	locale: string,
	now: Date
): Promise<FollowedNote[]> {
	if (!actor.userId) return [];
	const rows = await listFollowedNoteRows(
		tx,
		network.id,
		actor.userId,
		new Date(now.getTime() - deskWindowMs),
		30
	);
	const visible = rows.filter((r) => canRead(actor, r.note));
	const restricted = visible.filter((r) => r.note.level !== 'public').map((r) => r.note.id);
	if (restricted.length > 0) {
		await recordRead(tx, actor, {
			action: 'list',
			entityType: 'situation_note',
			networkId: network.id,
			details: { ids: restricted, purpose: 'desk' }
		});
	}
	return visible.map(({ note }) => ({
		id: note.id,
		...titleOf(note.title, locale),
		severity: note.severity,
		mission: note.mission,
		country: note.countryIso3,
		countryName: countryName(note.countryIso3, locale),
		observedAt: note.observedAt.toISOString(),
		href: `/networks/${network.slug}/situation-notes/${note.id}`
	}));
}

import { canRead } from '../access/access';
import { releaseCodeMap } from '../access/releasability';
import type { Actor } from '../access/actor';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import type { Transaction } from '../db/client';
import { withActor } from '../db/with-actor';
import type { NetworkRow } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { toNoteView } from './note-view';
import { listNoteRows, type NoteFilter } from './repository';
import type { ListSituationNotesQuery, SituationNoteList } from './schemas';

/** The notes released to the reader, filtered by mission, country, severity, status and since. */
export async function listSituationNotes(
	ctx: Ctx,
	networkSlug: string,
	query: ListSituationNotesQuery
): Promise<SituationNoteList> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		return listNotesIn(tx, ctx.actor, network, query, {}, 'list');
	});
}

/** `since` as a moment: a bare date is its first instant in UTC. */
export function sinceInstant(since: string | undefined): Date | undefined {
	if (!since) return undefined;
	return new Date(since.length === 10 ? `${since}T00:00:00Z` : since);
}

/**
 * The list inside an open transaction, shared by the list, the map and the feeds. Row-level
 * security has already filtered; the code check guards against a policy mistake. Restricted
 * notes shown are written to the read audit under `purpose`.
 */
export async function listNotesIn(
	tx: Transaction,
	actor: Actor,
	network: NetworkRow,
	query: ListSituationNotesQuery,
	extra: Pick<NoteFilter, 'placed'>,
	purpose: string
): Promise<SituationNoteList> {
	const { rows, total } = await listNoteRows(
		tx,
		network.id,
		{
			mission: query.mission,
			country: query.country,
			severity: query.severity,
			since: sinceInstant(query.since),
			status: query.status,
			...extra
		},
		{ limit: query.limit, offset: query.offset }
	);
	const visible = rows.filter((row) => canRead(actor, row.note));
	const restricted = visible.filter((r) => r.note.level !== 'public').map((r) => r.note.id);
	if (restricted.length > 0) {
		await recordRead(tx, actor, {
			action: 'list',
			entityType: 'situation_note',
			networkId: network.id,
			details: { ids: restricted, ...(purpose === 'list' ? {} : { purpose }) }
		});
	}
	const codes = await releaseCodeMap(
		tx,
		visible.map((r) => r.note.releasedTo)
	);
	return {
		items: visible.map((row) => toNoteView(network.slug, row, codes)),
		total,
		limit: query.limit,
		offset: query.offset
	};
}

import { releaseCodeMap } from '../access/releasability';
import type { Transaction } from '../db/client';
import { listNotesOwnedBy, listVersionsOfNotes } from './repository';

/** Export: the situation notes the participant wrote, each with every version. */
export async function collectSituationNotes(
	tx: Transaction,
	owner: { id: string }
): Promise<unknown[]> {
	const rows = await listNotesOwnedBy(tx, owner.id);
	const versions = await listVersionsOfNotes(
		tx,
		rows.map((r) => r.id)
	);
	const codes = await releaseCodeMap(tx, [
		...rows.map((r) => r.releasedTo),
		...versions.map((v) => v.snapshot.releasedTo)
	]);
	const named = (ids: readonly string[]) => ids.map((id) => codes.get(id) ?? id).sort();
	return rows.map(
		({ releasedTo, level, networkId: _n, ownerId: _o, digestClaimedUntil: _d, ...note }) => ({
			...note,
			releasability: { level, participants: named(releasedTo) },
			versions: versions
				.filter((v) => v.noteId === note.id)
				.map(({ snapshot: { releasedTo: to, ...snapshot }, noteId: _id, ...version }) => ({
					...version,
					snapshot: { ...snapshot, releasedTo: named(to) }
				}))
		})
	);
}

import { releaseCodeMap } from '../access/releasability';
import type { Transaction } from '../db/client';
import { listAttachmentRows, listNotesOwnedBy, listVersionsOfNotes } from './repository';

/** Files are read a few notes at a time, as each may be several megabytes. */
const notesPerFileQuery = 10;

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
	const files = new Map<string, unknown[]>();
	for (let start = 0; start < rows.length; start += notesPerFileQuery) {
		const page = rows.slice(start, start + notesPerFileQuery).map((r) => r.id);
		for (const { data, noteId, createdBy: _by, ...file } of await listAttachmentRows(tx, page)) {
			files.set(noteId, [
				...(files.get(noteId) ?? []),
				{ ...file, base64: data.toString('base64') }
			]);
		}
	}
	return rows.map(
		({ releasedTo, level, networkId: _n, ownerId: _o, digestClaimedUntil: _d, ...note }) => ({
			...note,
			releasability: { level, participants: named(releasedTo) },
			attachments: files.get(note.id) ?? [],
			versions: versions
				.filter((v) => v.noteId === note.id)
				.map(({ snapshot: { releasedTo: to, ...snapshot }, noteId: _id, ...version }) => ({
					...version,
					snapshot: { ...snapshot, releasedTo: named(to) }
				}))
		})
	);
}

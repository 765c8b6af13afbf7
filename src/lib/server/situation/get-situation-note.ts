import { canWrite, requireRead } from '../access/access';
import { releaseCodeMap } from '../access/releasability';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { toNoteView, toVersionView } from './note-view';
import { findNote, listAttachmentSummaries, listNoteVersions } from './repository';
import type { SituationNoteAttachmentView, SituationNoteDetail } from './schemas';

/** One note with its versions, if released to the reader; `canEdit` says whether they may change it. */
export async function getSituationNote(
	ctx: Ctx,
	networkSlug: string,
	id: string
): Promise<SituationNoteDetail & { canEdit: boolean }> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findNote(tx, network.id, id);
		requireRead(ctx.actor, row?.note);
		const found = row!;
		if (found.note.level !== 'public') {
			await recordRead(tx, ctx.actor, {
				action: 'read',
				entityType: 'situation_note',
				entityId: id,
				networkId: network.id
			});
		}
		const versions = await listNoteVersions(tx, id);
		const attachments = await listAttachmentSummaries(tx, [id]);
		const codes = await releaseCodeMap(tx, [
			found.note.releasedTo,
			...versions.map((v) => v.snapshot.releasedTo)
		]);
		return {
			...toNoteView(network.slug, found, codes),
			versions: versions.map((v) => toVersionView(v, codes)),
			attachments: attachments.map(({ noteId: _note, createdAt, contentType, ...file }) => ({
				...file,
				contentType: contentType as SituationNoteAttachmentView['contentType'],
				createdAt: createdAt.toISOString()
			})),
			canEdit: canWrite(ctx.actor, found.note) && found.note.closedAt === null
		};
	});
}

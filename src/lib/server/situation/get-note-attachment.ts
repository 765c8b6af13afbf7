import { requireRead } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { findAttachment, findNote } from './repository';

/** One file of a note released to the reader, with the level that decides how it may be cached. */
export async function getNoteAttachment(
	ctx: Ctx,
	networkSlug: string,
	noteId: string,
	attachmentId: string
) {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findNote(tx, network.id, noteId);
		requireRead(ctx.actor, row?.note);
		const file = await findAttachment(tx, noteId, attachmentId);
		if (!file) throw new NotFoundError();
		if (row!.note.level !== 'public') {
			await recordRead(tx, ctx.actor, {
				action: 'read',
				entityType: 'situation_note_attachment',
				entityId: attachmentId,
				networkId: network.id
			});
		}
		return { ...file, level: row!.note.level };
	});
}

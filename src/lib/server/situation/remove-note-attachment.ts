import { requireWrite } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError, NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { deleteAttachment, findNote } from './repository';

/** The note's writers take a file off it while it is open; a closed note keeps its files. */
export async function removeNoteAttachment(
	ctx: Ctx,
	networkSlug: string,
	noteId: string,
	attachmentId: string
): Promise<void> {
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findNote(tx, network.id, noteId);
		requireWrite(ctx.actor, row?.note);
		if (row!.note.closedAt) throw new ConflictError('sit_err_closed', 'The note is closed');
		if ((await deleteAttachment(tx, noteId, attachmentId)) === 0) throw new NotFoundError();
		await appendAudit(tx, ctx.actor, {
			action: 'detach',
			entityType: 'situation_note',
			entityId: noteId,
			networkId: network.id,
			details: { attachment: attachmentId }
		});
	});
}

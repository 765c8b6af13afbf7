import { requireWrite } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import type { Transaction } from '../db/client';
import { withActor } from '../db/with-actor';
import { ConflictError, ValidationError } from '../errors';
import type { Upload } from '../files/read-upload';
import { requireNetwork } from '../registry/require-network';
import { maxNoteAttachments } from './attachments';
import { countAttachments, findNote, insertAttachments } from './repository';

/** Adds files to an open note, within the note's transaction when it is being written. */
export async function storeNoteAttachments(
	tx: Transaction,
	ctx: Ctx,
	noteId: string,
	uploads: readonly Upload[]
): Promise<string[]> {
	if (uploads.length === 0) return [];
	const existing = await countAttachments(tx, noteId);
	if (existing + uploads.length > maxNoteAttachments) {
		throw new ValidationError([{ path: 'attachments', message: 'sit_err_attachment_count' }]);
	}
	const now = new Date();
	const rows = uploads.map((u, i) => ({
		id: crypto.randomUUID(),
		noteId,
		filename: u.filename,
		contentType: u.contentType,
		size: u.size,
		data: u.data,
		createdBy: ctx.actor.userId,
		// Apart by a millisecond each, so the files keep the order they were given in.
		createdAt: new Date(now.getTime() + i)
	}));
	await insertAttachments(tx, rows);
	return rows.map((r) => r.id);
}

/** The note's writers add photographs or PDFs to it while it is open. */
export async function addNoteAttachments(
	ctx: Ctx,
	networkSlug: string,
	noteId: string,
	uploads: readonly Upload[]
): Promise<string[]> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findNote(tx, network.id, noteId);
		requireWrite(ctx.actor, row?.note);
		if (row!.note.closedAt) throw new ConflictError('sit_err_closed', 'The note is closed');
		if (uploads.length === 0) {
			throw new ValidationError([{ path: 'attachments', message: 'sit_err_attachment_none' }]);
		}
		const ids = await storeNoteAttachments(tx, ctx, noteId, uploads);
		await appendAudit(tx, ctx.actor, {
			action: 'attach',
			entityType: 'situation_note',
			entityId: noteId,
			networkId: network.id,
			details: { attachments: ids, files: uploads.map((u) => u.filename) }
		});
		return ids;
	});
}

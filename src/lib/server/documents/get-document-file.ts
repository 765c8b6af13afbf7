import { requireRead } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { findDocument, findDocumentFile } from './repository';

export async function getDocumentFile(ctx: Ctx, networkSlug: string, id: string) {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findDocument(tx, network.id, id);
		requireRead(ctx.actor, row?.doc);
		const file = await findDocumentFile(tx, id);
		if (!file) throw new NotFoundError();
		if (row!.doc.level !== 'public') {
			await recordRead(tx, ctx.actor, {
				action: 'read',
				entityType: 'document_file',
				entityId: id,
				networkId: network.id
			});
		}
		// The level lets the caller decide whether shared caches may keep the bytes.
		return { ...file, level: row!.doc.level };
	});
}

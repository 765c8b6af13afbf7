import { requireWrite } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { deleteDocumentRow, findDocument } from './repository';

export async function deleteDocument(ctx: Ctx, networkSlug: string, id: string): Promise<void> {
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const current = await findDocument(tx, network.id, id);
		requireWrite(ctx.actor, current?.doc);
		if ((await deleteDocumentRow(tx, id)) === 0) throw new NotFoundError();
		await appendAudit(tx, ctx.actor, {
			action: 'delete',
			entityType: 'document',
			entityId: id,
			networkId: network.id,
			details: { title: current!.doc.title, level: current!.doc.level }
		});
	});
}

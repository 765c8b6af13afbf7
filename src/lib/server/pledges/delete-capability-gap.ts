import { requireWrite } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { deleteGapRow, findGap } from './repository';

/** Takes a published gap down once it is met or no longer needed; only its publisher may. */
export async function deleteCapabilityGap(
	ctx: Ctx,
	networkSlug: string,
	id: string
): Promise<void> {
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const current = await findGap(tx, network.id, id);
		requireWrite(ctx.actor, current?.gap);
		if ((await deleteGapRow(tx, id)) === 0) throw new NotFoundError();
		await appendAudit(tx, ctx.actor, {
			action: 'delete',
			entityType: 'capability_gap',
			entityId: id,
			networkId: network.id,
			details: { unitType: current!.gap.unitType }
		});
	});
}

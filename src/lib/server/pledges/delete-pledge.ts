import { requireWrite } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { deletePledgeRow, findPledge } from './repository';

/** Withdraws a pledge altogether; it leaves every contingent it was part of. */
export async function deletePledge(ctx: Ctx, networkSlug: string, id: string): Promise<void> {
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const current = await findPledge(tx, network.id, id);
		requireWrite(ctx.actor, current?.pledge);
		if ((await deletePledgeRow(tx, id)) === 0) throw new NotFoundError();
		await appendAudit(tx, ctx.actor, {
			action: 'delete',
			entityType: 'pledge',
			entityId: id,
			networkId: network.id,
			details: { version: current!.pledge.version, level: current!.pledge.level }
		});
	});
}

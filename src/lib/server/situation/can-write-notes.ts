import { canWriteAs } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';

/** Whether the actor may write notes in the network: for its own participant only. */
export function canWriteSituationNotes(ctx: Ctx, networkSlug: string): Promise<boolean> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const own = ctx.actor.participant;
		return own !== null && canWriteAs(ctx.actor, network.id, own.id);
	});
}

import { canAssessBarriersIn } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';

/** Whether the actor may open assessments in the network: for its own participant only. */
export function canAssessBarriers(ctx: Ctx, networkSlug: string): Promise<boolean> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		return canAssessBarriersIn(ctx.actor, network.id);
	});
}

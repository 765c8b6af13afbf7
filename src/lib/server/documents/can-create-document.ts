import { canWriteAs } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';

/** Whether the actor may create documents in the network: its own participant's, or any as admin. */
export function canCreateDocument(ctx: Ctx, networkSlug: string): Promise<boolean> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		if (ctx.actor.isAdmin) return ctx.actor.userId !== null;
		const own = ctx.actor.participant;
		return own !== null && canWriteAs(ctx.actor, network.id, own.id);
	});
}

import { canPledgeIn } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';

/** What the caller may start in this area, for the pages to offer only that. */
export function getPledgePermissions(
	ctx: Ctx,
	networkSlug: string
): Promise<{ canPledge: boolean }> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		return { canPledge: canPledgeIn(ctx.actor, network.id) };
	});
}

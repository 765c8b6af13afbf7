import { canOfferCooperation, canRequestCooperation } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';

/** What the reader may start on the board: asking for support, offering it. */
export function getExchangePermissions(
	ctx: Ctx,
	networkSlug: string
): Promise<{ canRequest: boolean; canOffer: boolean }> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		return {
			canRequest: canRequestCooperation(ctx.actor, network.id),
			canOffer: canOfferCooperation(ctx.actor, network.id)
		};
	});
}

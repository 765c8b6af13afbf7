import { canContributePledge, canSeePledgeHistory, canWrite, requireRead } from '../access/access';
import { releaseCodeMap } from '../access/releasability';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { toPledgeView } from './pledge-view';
import { findPledge } from './repository';
import type { PledgeView } from './schemas';

/** One pledge, if released to the caller. */
export function getPledge(ctx: Ctx, networkSlug: string, id: string): Promise<PledgeView> {
	return getPledgeWithAccess(ctx, networkSlug, id).then((found) => found.pledge);
}

/** The pledge and what the caller may do with it, for its page. */
export function getPledgeWithAccess(
	ctx: Ctx,
	networkSlug: string,
	id: string
): Promise<{
	pledge: PledgeView;
	canEdit: boolean;
	canContribute: boolean;
	canSeeHistory: boolean;
}> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findPledge(tx, network.id, id);
		requireRead(ctx.actor, row?.pledge);
		const found = row!;
		if (found.pledge.level !== 'public') {
			await recordRead(tx, ctx.actor, {
				action: 'read',
				entityType: 'pledge',
				entityId: id,
				networkId: network.id
			});
		}
		const codes = await releaseCodeMap(tx, [found.pledge.releasedTo]);
		return {
			pledge: toPledgeView(network.slug, found, codes),
			canEdit: canWrite(ctx.actor, found.pledge),
			canContribute: canContributePledge(ctx.actor, found.pledge),
			canSeeHistory: canSeePledgeHistory(ctx.actor, found.pledge)
		};
	});
}

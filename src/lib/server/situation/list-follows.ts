import { canFollowSituation } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { listFollowRows } from './repository';

export interface SituationFollows {
	/** Whether the reader may follow at all: a signed-in person of a participant of the network. */
	canFollow: boolean;
	missions: string[];
	countries: string[];
}

/** What the reader follows in the network. */
export function listSituationFollows(ctx: Ctx, networkSlug: string): Promise<SituationFollows> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const userId = ctx.actor.userId;
		if (!userId || !canFollowSituation(ctx.actor, network.id)) {
			return { canFollow: false, missions: [], countries: [] };
		}
		const rows = await listFollowRows(tx, network.id, userId);
		return {
			canFollow: true,
			missions: rows.flatMap((r) => (r.mission ? [r.mission] : [])),
			countries: rows.flatMap((r) => (r.countryIso3 ? [r.countryIso3] : []))
		};
	});
}

import { canOpenReportingCycle } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { findTermOn } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { dayOf } from './reporting-day';

/** Whether the actor acts for the Presidency in office and so may open a cycle. */
export function canOpenCycle(ctx: Ctx, networkSlug: string, now = new Date()): Promise<boolean> {
	if (!ctx.actor.userId) return Promise.resolve(false);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const term = await findTermOn(tx, network.id, dayOf(now));
		return canOpenReportingCycle(ctx.actor, network.id, term?.participant.id ?? null);
	});
}

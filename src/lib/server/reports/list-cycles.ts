import { requireSeeReportingCycles, requireSignedIn } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { listParticipantRows } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { toCycleView } from './cycle-context';
import { reportingPolicies, type ReportingPolicies } from './get-reporting-policies';
import { listCycleRows } from './repository';
import type { CycleView } from './schemas';

/**
 * The network's cycles, newest due date first, for its participants' signed-in users, with what
 * the viewer may do with them.
 */
export function listCycles(
	ctx: Ctx,
	networkSlug: string,
	now = new Date()
): Promise<{ items: CycleView[]; policies: ReportingPolicies }> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		requireSeeReportingCycles(ctx.actor, network.id);
		const cycles = await listCycleRows(tx, network.id);
		const participants = new Map((await listParticipantRows(tx, network.id)).map((p) => [p.id, p]));
		const items = cycles.map((cycle) =>
			toCycleView({
				network: { id: network.id, slug: network.slug },
				cycle,
				participants,
				presidencyNow: null,
				today: ''
			})
		);
		return { items, policies: await reportingPolicies(tx, ctx.actor, network.id, now) };
	});
}

import { canOpenReportingCycle } from '../access/access';
import type { Actor } from '../access/actor';
import type { Ctx } from '../context';
import type { Queryable } from '../db/client';
import { withActor } from '../db/with-actor';
import { findTermOn } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { dayOf } from './reporting-day';

/** What the viewer may do with a network's reporting, so pages offer only what the domain accepts. */
export interface ReportingPolicies {
	/** Acts for the Presidency in office, which opens cycles. */
	openCycle: boolean;
}

export async function reportingPolicies(
	q: Queryable,
	actor: Actor,
	networkId: string,
	now: Date
): Promise<ReportingPolicies> {
	if (!actor.userId) return { openCycle: false };
	const term = await findTermOn(q, networkId, dayOf(now));
	return { openCycle: canOpenReportingCycle(actor, networkId, term?.participant.id ?? null) };
}

/** The viewer's policies alone, for a page that has no list to carry them (the new-cycle form). */
export function getReportingPolicies(
	ctx: Ctx,
	networkSlug: string,
	now = new Date()
): Promise<ReportingPolicies> {
	if (!ctx.actor.userId) return Promise.resolve({ openCycle: false });
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		return reportingPolicies(tx, ctx.actor, network.id, now);
	});
}

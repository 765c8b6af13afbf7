import { canOpenDecision } from '../access/access';
import type { Actor } from '../access/actor';
import type { Ctx } from '../context';
import type { Queryable } from '../db/client';
import { withActor } from '../db/with-actor';
import { loadGovernanceFacts } from '../presidency/load-governance-facts';
import { requireNetwork } from '../registry/require-network';

/** What the viewer may do with a network's decisions, so pages offer only what the domain accepts. */
export interface DecisionPolicies {
	/** Open a decision: the Presidency in office or the Technical Secretariat. */
	open: boolean;
}

export async function decisionPolicies(
	q: Queryable,
	actor: Actor,
	networkId: string,
	now: Date
): Promise<DecisionPolicies> {
	// Only users acting for a participant of the network hold any power; others ask nothing more.
	if (!actor.userId || actor.participant?.networkId !== networkId) return { open: false };
	return { open: canOpenDecision(actor, await loadGovernanceFacts(q, networkId, now)) };
}

/** The viewer's policies alone, for a page that has no list to carry them (the new-decision form). */
export function getDecisionPolicies(
	ctx: Ctx,
	networkSlug: string,
	now = new Date()
): Promise<DecisionPolicies> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		return decisionPolicies(tx, ctx.actor, network.id, now);
	});
}

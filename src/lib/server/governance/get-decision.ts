import { requireRead } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { toDecisionView } from './decision-view';
import { loadGovernanceFacts } from './load-governance-facts';
import { findDecision, listDecisionEventRows } from './repository';
import type { DecisionView } from './schemas';
import { unsafeSettleDecision } from './settle-decision';

/**
 * One decision. If its deadline has passed and no job has settled it yet, it is settled first, so
 * the outcome is right on every read; the view computes it from the history as well.
 */
export async function getDecision(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	locale: string,
	now = new Date()
): Promise<DecisionView> {
	await unsafeSettleDecision(ctx.db, id, now);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findDecision(tx, network.id, id);
		requireRead(ctx.actor, row);
		const [events, facts] = await Promise.all([
			listDecisionEventRows(tx, [id]),
			loadGovernanceFacts(tx, network.id, now)
		]);
		return toDecisionView(tx, network.slug, row!, events, ctx.actor, facts, locale, now);
	});
}

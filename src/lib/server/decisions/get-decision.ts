import { requireRead } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { toDecisionView } from './decision-view';
import { loadGovernanceFacts } from '../presidency/load-governance-facts';
import { findDecision, listDecisionEventRows, tallyPositions } from './repository';
import type { DecisionView } from './schemas';

/**
 * One decision. A read writes nothing: past its deadline, before the job has settled it, the
 * outcome is derived from the counts of the positions.
 */
export async function getDecision(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	locale: string,
	now = new Date()
): Promise<DecisionView> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findDecision(tx, network.id, id);
		requireRead(ctx.actor, row);
		// One after another: the queries share the transaction's connection.
		const events = await listDecisionEventRows(tx, [id]);
		const tally = await tallyPositions(tx, [id]);
		const facts = await loadGovernanceFacts(tx, network.id, now);
		return toDecisionView(
			tx,
			network.slug,
			row!,
			events,
			tally.get(id),
			ctx.actor,
			facts,
			locale,
			now
		);
	});
}

import { canRead } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { toDecisionSummary } from './decision-view';
import { listDecisionRows, tallyPositions } from './repository';
import { participantMapByIds } from '../registry/repository';
import { decisionPolicies, type DecisionPolicies } from './get-decision-policies';
import type { DecisionSummary } from './schemas';

/**
 * The network's decisions, newest first; visible to its members, observers and partners. With
 * them, what the viewer may do.
 */
export async function listDecisions(
	ctx: Ctx,
	networkSlug: string,
	locale: string,
	now = new Date()
): Promise<{ items: DecisionSummary[]; policies: DecisionPolicies }> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const rows = (await listDecisionRows(tx, network.id)).filter((row) => canRead(ctx.actor, row));
		const restricted = rows.filter((r) => r.level !== 'public').map((r) => r.id);
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'decision',
				networkId: network.id,
				details: { ids: restricted }
			});
		}
		const codes = await participantMapByIds(
			tx,
			rows.flatMap((r) => [r.ownerId, ...r.eligible])
		);
		// A read writes nothing: one still open past its deadline has its outcome derived.
		const due = rows.filter((r) => r.status === 'open' && r.deadline <= now).map((r) => r.id);
		const tallies = await tallyPositions(tx, due);
		return {
			items: rows.map((row) => toDecisionSummary(row, codes, tallies.get(row.id), locale, now)),
			policies: await decisionPolicies(tx, ctx.actor, network.id, now)
		};
	});
}

import { canRead } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { toDecisionSummary } from './decision-view';
import { listDecisionEventRows, listDecisionRows, participantCodes } from './repository';
import type { DecisionSummary } from './schemas';

/** The network's decisions, newest first; visible to its members, observers and partners. */
export async function listDecisions(
	ctx: Ctx,
	networkSlug: string,
	locale: string,
	now = new Date()
): Promise<DecisionSummary[]> {
	// Reading settles nothing: the timer and the writes settle; a due decision's outcome is derived.
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const rows = (await listDecisionRows(tx, network.id)).filter((row) => canRead(ctx.actor, row));
		const codes = await participantCodes(
			tx,
			rows.flatMap((r) => [r.ownerId, ...r.eligible])
		);
		// Any still open past its deadline has its outcome computed from its history.
		const due = rows.filter((r) => r.status === 'open' && r.deadline <= now).map((r) => r.id);
		const events = await listDecisionEventRows(tx, due);
		return rows.map((row) =>
			toDecisionSummary(
				row,
				codes,
				events.filter((e) => e.decisionId === row.id),
				locale,
				now
			)
		);
	});
}

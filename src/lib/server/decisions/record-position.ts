import { canTakePosition, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { DomainError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { insertDecisionEvent } from './repository';
import { requireOpenDecision } from './require-open-decision';
import type { PositionInput } from './schemas';

/**
 * Records the actor's participant's position. Every position is kept; the last one before the
 * deadline counts. Positions from the same participant are serialised by the decision's lock, so
 * the order of the history is the order in which they were accepted.
 */
export async function recordPosition(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	input: PositionInput,
	now = new Date()
): Promise<void> {
	requireSignedIn(ctx.actor);
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		await requireOpenDecision(tx, ctx.actor, network.id, id, now, (decision) => {
			if (!canTakePosition(ctx.actor, decision)) {
				throw new DomainError(
					403,
					'gov_err_not_eligible',
					'Only the member signatories take positions'
				);
			}
		});
		const participantId = ctx.actor.participant!.id;
		await insertDecisionEvent(tx, {
			decisionId: id,
			kind: 'position',
			participantId,
			userId: ctx.actor.userId,
			position: input.position,
			comment: input.comment,
			at: now
		});
		await appendAudit(tx, ctx.actor, {
			action: 'position',
			entityType: 'decision',
			entityId: id,
			networkId: network.id,
			details: { position: input.position }
		});
	});
}

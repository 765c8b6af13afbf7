import { canContributePledge, requireRead, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError, ForbiddenError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { findContingent, findPledge, insertContribution } from './repository';

/**
 * Attaches one of the caller's participant's pledges to a contingent it can see. A pledge the
 * caller cannot see is missing (404); another participant's pledge it can see is forbidden (403).
 */
export async function attachPledge(
	ctx: Ctx,
	networkSlug: string,
	contingentId: string,
	pledgeId: string
): Promise<void> {
	requireSignedIn(ctx.actor);
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const contingent = await findContingent(tx, network.id, contingentId);
		requireRead(ctx.actor, contingent?.contingent);
		const pledge = await findPledge(tx, network.id, pledgeId);
		requireRead(ctx.actor, pledge?.pledge);
		if (!canContributePledge(ctx.actor, pledge!.pledge)) throw new ForbiddenError();
		const added = await insertContribution(tx, {
			contingentId,
			pledgeId,
			networkId: network.id,
			ownerId: pledge!.pledge.ownerId,
			addedBy: ctx.actor.userId
		});
		if (!added) throw new ConflictError('pledge_err_already_attached', 'Already attached');
		await appendAudit(tx, ctx.actor, {
			action: 'attach',
			entityType: 'combined_contingent',
			entityId: contingentId,
			networkId: network.id,
			details: { pledgeId }
		});
	});
}

import { canContributePledge, requireRead, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError, NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { deleteContribution, findContingent, findContribution, findPledge } from './repository';

/** Withdraws the caller's participant's pledge from a contingent; nobody else may. */
export async function withdrawPledge(
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
		if (!(await findContribution(tx, contingentId, pledgeId))) throw new NotFoundError();
		if (!canContributePledge(ctx.actor, pledge!.pledge)) throw new ForbiddenError();
		if ((await deleteContribution(tx, contingentId, pledgeId)) === 0) throw new NotFoundError();
		await appendAudit(tx, ctx.actor, {
			action: 'withdraw',
			entityType: 'combined_contingent',
			entityId: contingentId,
			networkId: network.id,
			details: { pledgeId }
		});
	});
}

import { canRead, requireSignedIn, requireWriteAs } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { deleteDelegationRow, findDelegationOf, findEvent } from './repository';

/** Withdraws the delegation the actor's participant registered for an event. */
export async function withdrawDelegation(
	ctx: Ctx,
	networkSlug: string,
	eventId: string
): Promise<void> {
	requireSignedIn(ctx.actor);
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findEvent(tx, network.id, eventId);
		const owner = ctx.actor.participant;
		if (!row || !canRead(ctx.actor, row.event) || !owner) throw new NotFoundError();
		const delegation = await findDelegationOf(tx, eventId, owner.id);
		if (!delegation) throw new NotFoundError();
		requireWriteAs(ctx.actor, network.id, owner.id);
		if ((await deleteDelegationRow(tx, delegation.id)) === 0) throw new NotFoundError();
		await appendAudit(tx, ctx.actor, {
			action: 'delete',
			entityType: 'event_delegation',
			entityId: delegation.id,
			networkId: network.id,
			details: { eventId }
		});
	});
}

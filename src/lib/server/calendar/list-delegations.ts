import { canRead, canReadDelegation } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { releaseCodeMap, releasabilityView } from '../access/releasability';
import { findPresidencyId } from './presidency';
import { findEvent, listDelegationRows } from './repository';
import type { DelegationView } from './schemas';

/**
 * The delegations to an event that the actor may see: its own participant's, and, for the
 * organiser and the Presidency, those whose releasability covers them.
 */
export function listDelegations(
	ctx: Ctx,
	networkSlug: string,
	eventId: string
): Promise<DelegationView[]> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const event = await findEvent(tx, network.id, eventId);
		if (!event || !canRead(ctx.actor, event.event)) throw new NotFoundError();
		if (!ctx.actor.participant) return [];
		const presidencyId = await findPresidencyId(tx, network.id);
		const rows = (await listDelegationRows(tx, eventId)).filter((r) =>
			canReadDelegation(ctx.actor, r.delegation, event.event.ownerId, presidencyId)
		);
		if (rows.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'event_delegation',
				networkId: network.id,
				details: { eventId, ids: rows.map((r) => r.delegation.id) }
			});
		}
		const codes = await releaseCodeMap(
			tx,
			rows.map((r) => r.delegation.releasedTo)
		);
		return rows.map(({ delegation: d, participantCode }) => ({
			id: d.id,
			eventId: d.eventId,
			participantCode,
			members: d.members,
			women: d.women,
			men: d.men,
			otherGender: d.otherGender,
			size: d.size,
			releasability: releasabilityView(d, codes),
			createdAt: d.createdAt.toISOString(),
			updatedAt: d.updatedAt.toISOString()
		}));
	});
}

import { canEditEvent, canRegisterDelegation, requireRead } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { toEventView } from './event-view';
import { releaseCodeMap } from '../access/releasability';
import { findPresidencyId } from './presidency';
import { findEvent } from './repository';
import type { EventView } from './schemas';

export interface EventWithAccess {
	event: EventView;
	/** Whether the actor may edit, cancel and delete it. */
	canEdit: boolean;
	/** Whether the actor may register its participant's delegation. */
	canRegisterDelegation: boolean;
	/** The organiser, for pages that say who may see a delegation. */
	presidencyCode: string | null;
}

export async function getEvent(
	ctx: Ctx,
	networkSlug: string,
	id: string
): Promise<EventWithAccess> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findEvent(tx, network.id, id);
		requireRead(ctx.actor, row?.event);
		const found = row!;
		if (found.event.level !== 'public') {
			await recordRead(tx, ctx.actor, {
				action: 'read',
				entityType: 'event',
				entityId: id,
				networkId: network.id
			});
		}
		const presidencyId = await findPresidencyId(tx, network.id);
		const codes = await releaseCodeMap(tx, [
			found.event.releasedTo,
			presidencyId ? [presidencyId] : []
		]);
		return {
			event: toEventView(network.slug, found, codes),
			canEdit: canEditEvent(ctx.actor, found.event, presidencyId),
			canRegisterDelegation: canRegisterDelegation(ctx.actor, network.id),
			presidencyCode: presidencyId ? (codes.get(presidencyId) ?? null) : null
		};
	});
}

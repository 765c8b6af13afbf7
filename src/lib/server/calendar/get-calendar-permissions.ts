import { canApproveCalendar, canCreateEventFor } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { listParticipantRows } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { findPresidencyId } from './presidency';

export interface CalendarPermissions {
	/** Participants the actor may file events for (codes); empty when it may file none. */
	organiserCodes: string[];
	canApprove: boolean;
	presidencyCode: string | null;
}

/** What the actor may do on a network's calendar, so pages offer only what the domain accepts. */
export function getCalendarPermissions(
	ctx: Ctx,
	networkSlug: string
): Promise<CalendarPermissions> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const presidencyId = await findPresidencyId(tx, network.id);
		const participants = await listParticipantRows(tx, network.id);
		return {
			organiserCodes: participants
				.filter((p) => canCreateEventFor(ctx.actor, network.id, p.id, presidencyId))
				.map((p) => p.code),
			canApprove: canApproveCalendar(ctx.actor, network.id, presidencyId),
			presidencyCode: participants.find((p) => p.id === presidencyId)?.code ?? null
		};
	});
}

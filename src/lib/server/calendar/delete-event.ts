import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { requireEditableEvent } from './access-event';
import { findPresidencyId } from './presidency';
import { deleteEventRow, findEvent } from './repository';

/** Removes an event and its delegations. A cancelled event is kept instead: see updateEvent. */
export async function deleteEvent(ctx: Ctx, networkSlug: string, id: string): Promise<void> {
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findEvent(tx, network.id, id);
		requireEditableEvent(ctx.actor, row, await findPresidencyId(tx, network.id));
		if ((await deleteEventRow(tx, id)) === 0) throw new NotFoundError();
		await appendAudit(tx, ctx.actor, {
			action: 'delete',
			entityType: 'event',
			entityId: id,
			networkId: network.id,
			details: { title: row.event.title, level: row.event.level }
		});
	});
}

import { canCreateEventFor } from '../access/access';
import { parseInput } from '../api/validation';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError, NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { requireEditableEvent } from './access-event';
import { resolveEventFields } from './event-row';
import { eventAsInput, toEventView } from './event-view';
import { releaseCodeMap } from '../access/releasability';
import { findPresidencyId } from './presidency';
import { findEvent, updateEventRow } from './repository';
import { eventStateSchema, type UpdateEventInput } from './schemas';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';

/** Changes an event; its UID stays, its SEQUENCE goes up by one. Cancelling is a change like any. */
export async function updateEvent(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	input: UpdateEventInput
): Promise<void> {
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findEvent(tx, network.id, id);
		const presidencyId = await findPresidencyId(tx, network.id);
		requireEditableEvent(ctx.actor, row, presidencyId);
		const codes = await releaseCodeMap(tx, [row.event.releasedTo]);
		const current = eventAsInput(toEventView(network.slug, row, codes));
		const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
		const merged = parseInput(eventStateSchema, { ...current, ...given });
		const fields = await resolveEventFields(tx, network.id, {
			...merged,
			organiserCode: merged.organiserCode ?? row.organiserCode
		});
		// Handing an event to another organiser needs the right to create events for it.
		if (!canCreateEventFor(ctx.actor, network.id, fields.ownerId, presidencyId)) {
			throw new ForbiddenError();
		}
		if ((await updateEventRow(tx, id, fields)) === 0) throw new NotFoundError();
		await enqueueWebhookEvent(tx, {
			networkId: network.id,
			type: fields.cancelled && !row.event.cancelled ? 'event.cancelled' : 'event.updated',
			subject: { id: id }
		});
		await appendAudit(tx, ctx.actor, {
			action: 'update',
			entityType: 'event',
			entityId: id,
			networkId: network.id,
			details: { fields: Object.keys(given), level: fields.level, cancelled: fields.cancelled }
		});
	});
}

import { requireWrite } from '../access/access';
import { resolveReleasability } from '../access/releasability';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError, ValidationError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { requireKnownMission } from './require-known-mission';
import { findRequest, updateRequestRow } from './repository';
import type { UpdateRequestInput } from './schemas';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';

/** The requester changes its request, closes it (off the board) or opens it again. */
export async function updateRequest(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	input: UpdateRequestInput
): Promise<void> {
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findRequest(tx, network.id, id);
		requireWrite(ctx.actor, row?.request);
		const releasability = input.releasability
			? await resolveReleasability(tx, network.id, input.releasability)
			: undefined;
		await requireKnownMission(tx, input.mission);
		if (input.title && Object.keys(input.title).length === 0) {
			throw new ValidationError([{ path: 'title', message: 'coop_err_title_required' }]);
		}
		const changed = await updateRequestRow(tx, id, {
			category: input.category,
			title: input.title,
			description: input.description,
			quantity: input.quantity,
			unit: input.unit === undefined ? undefined : input.unit || null,
			neededBy: input.neededBy,
			mission: input.mission === undefined ? undefined : input.mission || null,
			languages: input.languages,
			level: releasability?.level,
			releasedTo: releasability?.releasedTo,
			closedAt:
				input.closed === undefined
					? undefined
					: input.closed
						? (row!.request.closedAt ?? new Date())
						: null
		});
		if (changed === 0) throw new NotFoundError();
		await enqueueWebhookEvent(tx, {
			networkId: network.id,
			type: 'exchange_request.updated',
			subject: { id: id }
		});
		await appendAudit(tx, ctx.actor, {
			action: 'update',
			entityType: 'cooperation_request',
			entityId: id,
			networkId: network.id,
			details: { fields: Object.keys(input), level: releasability?.level ?? row!.request.level }
		});
	});
}

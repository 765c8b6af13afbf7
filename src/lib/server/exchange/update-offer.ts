import { requireWrite } from '../access/access';
import { resolveReleasability } from '../access/releasability';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError, ValidationError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { findOffer, updateOfferRow } from './repository';
import type { UpdateOfferInput } from './schemas';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';

/** The provider changes its offer, or closes it so that it is no longer suggested. */
export async function updateOffer(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	input: UpdateOfferInput
): Promise<void> {
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findOffer(tx, network.id, id);
		requireWrite(ctx.actor, row?.offer);
		const offer = row!.offer;
		const from = input.availableFrom === undefined ? offer.availableFrom : input.availableFrom;
		const until = input.availableUntil === undefined ? offer.availableUntil : input.availableUntil;
		if (from && until && until < from) {
			throw new ValidationError([{ path: 'availableUntil', message: 'coop_err_window' }]);
		}
		const releasability = input.releasability
			? await resolveReleasability(tx, network.id, input.releasability)
			: undefined;
		const changed = await updateOfferRow(tx, id, {
			category: input.category,
			title: input.title,
			description: input.description,
			capacity: input.capacity,
			unit: input.unit === undefined ? undefined : input.unit || null,
			availableFrom: input.availableFrom,
			availableUntil: input.availableUntil,
			conditions: input.conditions,
			languages: input.languages,
			level: releasability?.level,
			releasedTo: releasability?.releasedTo,
			closedAt:
				input.closed === undefined
					? undefined
					: input.closed
						? (offer.closedAt ?? new Date())
						: null
		});
		if (changed === 0) throw new NotFoundError();
		await enqueueWebhookEvent(tx, {
			networkId: network.id,
			type: 'exchange_offer.updated',
			subject: { id: id }
		});
		await appendAudit(tx, ctx.actor, {
			action: 'update',
			entityType: 'cooperation_offer',
			entityId: id,
			networkId: network.id,
			details: { fields: Object.keys(input), level: releasability?.level ?? offer.level }
		});
	});
}

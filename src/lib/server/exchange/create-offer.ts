import { randomUUID } from 'node:crypto';
import { canOfferCooperation, requireSignedIn } from '../access/access';
import { resolveReleasability } from '../access/releasability';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { insertOffer } from './repository';
import type { CreateOfferInput } from './schemas';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';

/** A member or partner says what support it can give, and to whom the offer is released. */
export async function createOffer(
	ctx: Ctx,
	networkSlug: string,
	input: CreateOfferInput
): Promise<{ id: string }> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		if (!canOfferCooperation(ctx.actor, network.id)) throw new ForbiddenError();
		const releasability = await resolveReleasability(tx, network.id, input.releasability);
		const id = randomUUID();
		await insertOffer(tx, {
			id,
			networkId: network.id,
			ownerId: ctx.actor.participant!.id,
			level: releasability.level,
			releasedTo: releasability.releasedTo,
			category: input.category,
			title: input.title,
			description: input.description,
			capacity: input.capacity ?? null,
			unit: input.unit || null,
			availableFrom: input.availableFrom ?? null,
			availableUntil: input.availableUntil ?? null,
			conditions: input.conditions,
			languages: input.languages?.length ? input.languages : Object.keys(input.title),
			createdBy: ctx.actor.userId
		});
		await enqueueWebhookEvent(tx, {
			networkId: network.id,
			type: 'exchange_offer.created',
			subject: { id: id }
		});
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'cooperation_offer',
			entityId: id,
			networkId: network.id,
			details: { level: releasability.level, category: input.category }
		});
		return { id };
	});
}

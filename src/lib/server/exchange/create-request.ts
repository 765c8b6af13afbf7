import { randomUUID } from 'node:crypto';
import { canRequestCooperation, requireSignedIn } from '../access/access';
import { resolveReleasability } from '../access/releasability';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { requireKnownMission } from './require-known-mission';
import { insertRequest } from './repository';
import type { CreateRequestInput } from './schemas';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';

/** A participant asks the others for support; the request is its own, released as it chooses. */
export async function createRequest(
	ctx: Ctx,
	networkSlug: string,
	input: CreateRequestInput
): Promise<{ id: string }> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		if (!canRequestCooperation(ctx.actor, network.id)) throw new ForbiddenError();
		const ownerId = ctx.actor.participant!.id;
		const releasability = await resolveReleasability(tx, network.id, input.releasability);
		await requireKnownMission(tx, input.mission);
		const id = randomUUID();
		await insertRequest(tx, {
			id,
			networkId: network.id,
			ownerId,
			level: releasability.level,
			releasedTo: releasability.releasedTo,
			category: input.category,
			title: input.title,
			description: input.description,
			quantity: input.quantity ?? null,
			unit: input.unit || null,
			neededBy: input.neededBy ?? null,
			mission: input.mission || null,
			// Without a choice, the support is wanted in the languages the request is written in.
			languages: input.languages?.length ? input.languages : Object.keys(input.title),
			createdBy: ctx.actor.userId
		});
		await enqueueWebhookEvent(tx, {
			networkId: network.id,
			type: 'exchange_request.created',
			subject: { id: id }
		});
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'cooperation_request',
			entityId: id,
			networkId: network.id,
			details: { level: releasability.level, category: input.category }
		});
		return { id };
	});
}

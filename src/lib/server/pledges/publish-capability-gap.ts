import { randomUUID } from 'node:crypto';
import { canPublishCapabilityGap, requireSignedIn, requireWriteAs } from '../access/access';
import { resolveReleasability } from '../access/releasability';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError } from '../errors';
import { findTermOn } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { todayUtc } from './pledge-view';
import { insertGap } from './repository';
import type { PublishGapInput } from './schemas';

/** A needed capability, published by the Presidency in office or a partner in its own name. */
export async function publishCapabilityGap(
	ctx: Ctx,
	networkSlug: string,
	input: PublishGapInput
): Promise<{ id: string }> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const term = await findTermOn(tx, network.id, todayUtc());
		if (!canPublishCapabilityGap(ctx.actor, network.id, term?.participant.id ?? null)) {
			throw new ForbiddenError();
		}
		const ownerId = ctx.actor.participant!.id;
		requireWriteAs(ctx.actor, network.id, ownerId);
		const releasability = await resolveReleasability(tx, network.id, input.releasability);
		const id = randomUUID();
		await insertGap(tx, {
			id,
			networkId: network.id,
			ownerId,
			...releasability,
			unitType: input.unitType,
			minimumLevel: input.minimumLevel,
			quantity: input.quantity,
			title: input.title,
			description: input.description ?? '',
			mission: (input.mission ?? '').toUpperCase(),
			createdBy: ctx.actor.userId
		});
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'capability_gap',
			entityId: id,
			networkId: network.id,
			details: { level: releasability.level, unitType: input.unitType }
		});
		return { id };
	});
}

import { randomUUID } from 'node:crypto';
import { canPledgeIn, requireSignedIn, requireWriteAs } from '../access/access';
import { resolveReleasability } from '../access/releasability';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { insertContingent } from './repository';
import type { CreateContingentInput } from './schemas';

/** A combined contingent led by the caller's participant, without contributions yet. */
export async function createContingent(
	ctx: Ctx,
	networkSlug: string,
	input: CreateContingentInput
): Promise<{ id: string }> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		if (!canPledgeIn(ctx.actor, network.id)) throw new ForbiddenError();
		const leadId = ctx.actor.participant!.id;
		requireWriteAs(ctx.actor, network.id, leadId);
		const releasability = await resolveReleasability(tx, network.id, input.releasability);
		const id = randomUUID();
		await insertContingent(tx, {
			id,
			networkId: network.id,
			ownerId: leadId,
			...releasability,
			title: input.title,
			template: input.template ?? null,
			notes: input.notes ?? '',
			createdBy: ctx.actor.userId
		});
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'combined_contingent',
			entityId: id,
			networkId: network.id,
			details: { level: releasability.level, template: input.template ?? null }
		});
		return { id };
	});
}

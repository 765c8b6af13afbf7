import { randomUUID } from 'node:crypto';
import { canPledgeIn, requireSignedIn, requireWriteAs } from '../access/access';
import { releaseCodeMap, resolveReleasability } from '../access/releasability';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { requireReadiness } from './readiness';
import { fieldsOfNewPledge } from './pledge-fields';
import { pledgeContent, todayUtc } from './pledge-view';
import { insertPledge, insertPledgeVersion } from './repository';
import type { CreatePledgeInput } from './schemas';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';

/** A pledge owned by the caller's participant, with its first version. */
export async function createPledge(
	ctx: Ctx,
	networkSlug: string,
	input: CreatePledgeInput,
	today = todayUtc()
): Promise<{ id: string }> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		if (!canPledgeIn(ctx.actor, network.id)) throw new ForbiddenError();
		const ownerId = ctx.actor.participant!.id;
		requireWriteAs(ctx.actor, network.id, ownerId);
		const fields = fieldsOfNewPledge(input);
		requireReadiness(fields, today);
		const releasability = await resolveReleasability(tx, network.id, input.releasability);
		const id = randomUUID();
		await insertPledge(tx, {
			id,
			networkId: network.id,
			ownerId,
			...releasability,
			...fields,
			version: 1,
			createdBy: ctx.actor.userId
		});
		const codes = await releaseCodeMap(tx, [releasability.releasedTo]);
		await insertPledgeVersion(tx, {
			pledgeId: id,
			version: 1,
			networkId: network.id,
			ownerId,
			changes: [],
			content: pledgeContent({ ...fields, ...releasability }, codes),
			changedBy: ctx.actor.userId,
			changedByLabel: ctx.actor.email ?? ''
		});
		await enqueueWebhookEvent(tx, {
			networkId: network.id,
			type: 'pledge.created',
			subject: { id: id }
		});
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'pledge',
			entityId: id,
			networkId: network.id,
			details: { level: releasability.level, readinessLevel: fields.readinessLevel }
		});
		return { id };
	});
}

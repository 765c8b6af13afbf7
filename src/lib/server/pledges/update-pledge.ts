import { requireWrite } from '../access/access';
import { releaseCodeMap, resolveReleasability } from '../access/releasability';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { requireReadiness } from './readiness';
import { changedFields, fieldsAfterUpdate } from './pledge-fields';
import { pledgeContent, todayUtc } from './pledge-view';
import { findPledge, insertPledgeVersion, updatePledgeRow } from './repository';
import type { UpdatePledgeInput } from './schemas';
import { enqueueWebhookEvent } from '../webhooks/enqueue-webhook-event';

/**
 * Changes a pledge its participant owns. The readiness rules are judged on the pledge as it will
 * be, and every change that alters something becomes a new version: who, when and which fields.
 */
export async function updatePledge(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	input: UpdatePledgeInput,
	today = todayUtc()
): Promise<{ version: number }> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const current = await findPledge(tx, network.id, id);
		requireWrite(ctx.actor, current?.pledge);
		const before = current!.pledge;
		const after = fieldsAfterUpdate(before, input);
		requireReadiness(after, today);
		const releasability = input.releasability
			? await resolveReleasability(tx, network.id, input.releasability)
			: { level: before.level, releasedTo: before.releasedTo };
		const changes = changedFields(before, after);
		const releaseChanged =
			releasability.level !== before.level ||
			[...releasability.releasedTo].sort().join() !== [...before.releasedTo].sort().join();
		if (releaseChanged) changes.push('releasability');
		if (changes.length === 0) return { version: before.version };
		const version = await updatePledgeRow(tx, id, { ...after, ...releasability });
		if (version === null) throw new NotFoundError();
		const codes = await releaseCodeMap(tx, [releasability.releasedTo]);
		await insertPledgeVersion(tx, {
			pledgeId: id,
			version,
			networkId: network.id,
			ownerId: before.ownerId,
			changes,
			content: pledgeContent({ ...after, ...releasability }, codes),
			changedBy: ctx.actor.userId,
			changedByLabel: ctx.actor.email ?? ''
		});
		await enqueueWebhookEvent(tx, {
			networkId: network.id,
			type: 'pledge.updated',
			subject: { id: id }
		});
		await appendAudit(tx, ctx.actor, {
			action: 'update',
			entityType: 'pledge',
			entityId: id,
			networkId: network.id,
			details: { version, changes, level: releasability.level }
		});
		return { version };
	});
}

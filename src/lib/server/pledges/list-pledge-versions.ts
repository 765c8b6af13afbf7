import { canSeePledgeHistory, requireRead } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { findPledge, listPledgeVersionRows } from './repository';
import type { PledgeVersionView } from './schemas';

/**
 * Every version of a pledge, newest first. The history is its participant's: a reader to whom the
 * pledge is released sees the pledge as it is now, not what it was before.
 */
export function listPledgeVersions(
	ctx: Ctx,
	networkSlug: string,
	id: string
): Promise<PledgeVersionView[]> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findPledge(tx, network.id, id);
		requireRead(ctx.actor, row?.pledge);
		if (!canSeePledgeHistory(ctx.actor, row!.pledge)) throw new ForbiddenError();
		const versions = await listPledgeVersionRows(tx, id);
		await recordRead(tx, ctx.actor, {
			action: 'list',
			entityType: 'pledge_version',
			entityId: id,
			networkId: network.id
		});
		return versions.map((v) => ({
			version: v.version,
			changes: v.changes,
			changedBy: v.changedByLabel,
			changedAt: v.changedAt.toISOString(),
			content: v.content as Record<string, unknown>
		}));
	});
}

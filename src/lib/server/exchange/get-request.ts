import { requireRead } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { buildRequestView } from './request-view';
import { findRequest } from './repository';
import type { RequestView } from './schemas';

export async function getRequest(ctx: Ctx, networkSlug: string, id: string): Promise<RequestView> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findRequest(tx, network.id, id);
		requireRead(ctx.actor, row?.request);
		if (row!.request.level !== 'public') {
			await recordRead(tx, ctx.actor, {
				action: 'read',
				entityType: 'cooperation_request',
				entityId: id,
				networkId: network.id
			});
		}
		return buildRequestView(tx, ctx.actor, network.slug, row!);
	});
}

import { canManageWebhooks, requireSignedIn } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { listWebhooksOf } from './repository';
import type { WebhookView } from './schemas';
import { toWebhookView } from './webhook-view';

/** The webhooks of the caller's own participant; nobody else's exist for it. */
export async function listWebhooks(
	ctx: Ctx,
	networkSlug: string
): Promise<{ items: WebhookView[]; policies: { manage: boolean } }> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const own = ctx.actor.participant;
		if (!own || own.networkId !== network.id) throw new NotFoundError();
		const rows = await listWebhooksOf(tx, own.id);
		return {
			items: rows.map(toWebhookView),
			policies: { manage: canManageWebhooks(ctx.actor, network.id) }
		};
	});
}

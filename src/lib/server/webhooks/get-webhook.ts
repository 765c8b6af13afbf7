import { canManageWebhooks, canSeeWebhook } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { countDeliveriesOf, findWebhook, listDeliveriesOf } from './repository';
import type { WebhookDeliveryView, WebhookView } from './schemas';
import { toDeliveryView, toWebhookView } from './webhook-view';

/** A webhook of the caller's participant with its delivery log, the latest first. */
export async function getWebhook(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	page: { limit: number; offset: number } = { limit: 50, offset: 0 }
): Promise<{
	webhook: WebhookView;
	deliveries: WebhookDeliveryView[];
	total: number;
	policies: { manage: boolean };
}> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findWebhook(tx, network.id, id);
		if (!row || !canSeeWebhook(ctx.actor, row)) throw new NotFoundError();
		const [deliveries, total] = await Promise.all([
			listDeliveriesOf(tx, row.id, page),
			countDeliveriesOf(tx, row.id)
		]);
		return {
			webhook: toWebhookView(row),
			deliveries: deliveries.map(toDeliveryView),
			total,
			policies: { manage: canManageWebhooks(ctx.actor, network.id) }
		};
	});
}

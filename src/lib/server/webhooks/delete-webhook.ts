import { canManageWebhooks, canSeeWebhook, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError, NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { deleteWebhookRow, findWebhook } from './repository';

/** A focal point removes one of its participant's webhooks; its queued deliveries go with it. */
export async function deleteWebhook(ctx: Ctx, networkSlug: string, id: string): Promise<void> {
	requireSignedIn(ctx.actor);
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findWebhook(tx, network.id, id);
		if (!row || !canSeeWebhook(ctx.actor, row)) throw new NotFoundError();
		if (!canManageWebhooks(ctx.actor, network.id)) throw new ForbiddenError();
		if (!(await deleteWebhookRow(tx, row.id))) throw new NotFoundError();
		await appendAudit(tx, ctx.actor, {
			action: 'delete',
			entityType: 'webhook',
			entityId: row.id,
			networkId: network.id,
			details: { url: row.url }
		});
	});
}

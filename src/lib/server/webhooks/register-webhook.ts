import { randomUUID } from 'node:crypto';
import { canManageWebhooks, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError, ValidationError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { checkWebhookUrl, UnsafeAddressError } from './address-safety';
import { insertWebhook, listWebhooksOf } from './repository';
import type { RegisterWebhookInput } from './schemas';
import { newWebhookSecret } from './signature';

/** Enough for every system a participant feeds, few enough that one cannot flood the queue. */
export const maxWebhooksPerParticipant = 20;

/**
 * A focal point registers a webhook for its own participant. The address is checked first (https,
 * public addresses only); the secret is returned here once and never shown again.
 */
export async function registerWebhook(
	ctx: Ctx,
	networkSlug: string,
	input: RegisterWebhookInput
): Promise<{ id: string; secret: string }> {
	requireSignedIn(ctx.actor);
	const network = await withActor(ctx.db, ctx.actor, (tx) => requireNetwork(tx, networkSlug));
	if (!canManageWebhooks(ctx.actor, network.id)) throw new ForbiddenError();
	const participantId = ctx.actor.participant!.id;
	// Resolving the name may take seconds: no transaction is held open meanwhile.
	let url: URL;
	try {
		url = await checkWebhookUrl(input.url);
	} catch (error) {
		if (!(error instanceof UnsafeAddressError)) throw error;
		throw new ValidationError([{ path: 'url', message: error.messageKey }]);
	}
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const existing = await listWebhooksOf(tx, participantId);
		if (existing.length >= maxWebhooksPerParticipant) {
			throw new ValidationError([{ path: 'url', message: 'webhooks_err_too_many' }]);
		}
		const id = randomUUID();
		const secret = newWebhookSecret();
		await insertWebhook(tx, {
			id,
			networkId: network.id,
			participantId,
			url: url.toString(),
			events: input.events,
			description: input.description,
			secret,
			createdBy: ctx.actor.userId
		});
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'webhook',
			entityId: id,
			networkId: network.id,
			details: { url: url.toString(), events: input.events }
		});
		return { id, secret };
	});
}

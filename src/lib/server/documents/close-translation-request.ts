import { canCloseTranslationRequest, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError, NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { deleteTranslationRequest, findTranslationRequest } from './repository';

/** The owner closes a request it answered another way or will not answer. */
export async function closeTranslationRequest(
	ctx: Ctx,
	networkSlug: string,
	requestId: string
): Promise<void> {
	requireSignedIn(ctx.actor);
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const request = await findTranslationRequest(tx, network.id, requestId);
		if (!request) throw new NotFoundError();
		if (!canCloseTranslationRequest(ctx.actor, request)) {
			// The participant that asked sees its own request but does not close it for the owner.
			throw request.requesterId === ctx.actor.participant?.id
				? new ForbiddenError()
				: new NotFoundError();
		}
		if ((await deleteTranslationRequest(tx, request.id)) === 0) throw new NotFoundError();
		await appendAudit(tx, ctx.actor, {
			action: 'delete',
			entityType: 'translation_request',
			entityId: request.id,
			networkId: network.id,
			details: { documentId: request.documentId, language: request.language }
		});
	});
}

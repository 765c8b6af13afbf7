import { randomUUID } from 'node:crypto';
import { canCommitTo, requireRead, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { findOffer, findRequest, insertCommitment, insertCommitmentStep } from './repository';
import { loadCommitmentView } from './request-view';
import type { CommitmentView, CreateCommitmentInput } from './schemas';

/**
 * A participant commits to (part of) another participant's request, optionally from one of its
 * own offers. The commitment starts `proposed`, waiting on the requester.
 */
export async function proposeCommitment(
	ctx: Ctx,
	networkSlug: string,
	requestId: string,
	input: CreateCommitmentInput
): Promise<CommitmentView> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findRequest(tx, network.id, requestId);
		requireRead(ctx.actor, row?.request);
		const request = row!.request;
		if (!canCommitTo(ctx.actor, request)) throw new ForbiddenError();
		if (request.closedAt) throw new ConflictError('coop_err_request_closed', 'Request closed');
		const providerId = ctx.actor.participant!.id;
		const quantity = input.quantity ?? null;
		if (quantity !== null && request.quantity === null) {
			throw new ValidationError([{ path: 'quantity', message: 'coop_err_quantity_not_asked' }]);
		}
		if (quantity !== null && request.quantity !== null && quantity > request.quantity) {
			throw new ValidationError([{ path: 'quantity', message: 'coop_err_quantity_too_much' }]);
		}
		if (input.offerId) {
			const offer = await findOffer(tx, network.id, input.offerId);
			if (!offer || offer.offer.ownerId !== providerId) {
				throw new ValidationError([{ path: 'offerId', message: 'coop_err_offer_not_yours' }]);
			}
		}
		const id = randomUUID();
		await insertCommitment(tx, {
			id,
			networkId: network.id,
			requestId,
			ownerId: providerId,
			offerId: input.offerId ?? null,
			quantity,
			note: input.note,
			status: 'proposed',
			createdBy: ctx.actor.userId
		});
		await insertCommitmentStep(tx, {
			commitmentId: id,
			fromStatus: null,
			toStatus: 'proposed',
			participantId: providerId,
			userId: ctx.actor.userId,
			note: input.note
		});
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'cooperation_commitment',
			entityId: id,
			networkId: network.id,
			details: { request: requestId, offer: input.offerId ?? null, quantity }
		});
		const view = await loadCommitmentView(tx, requestId, id);
		if (!view) throw new NotFoundError();
		return view;
	});
}

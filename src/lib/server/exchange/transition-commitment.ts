import { canActForSide, requireRead, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { canStep, sideFor } from './lifecycle';
import { loadCommitmentView } from './request-view';
import { findCommitment, insertCommitmentStep, stepCommitment } from './repository';
import type { CommitmentView, TransitionInput } from './schemas';

/**
 * Takes one step of a commitment, recorded with who and when. A commitment on a request the
 * reader cannot see is not found (404); a step that belongs to the other side is refused (403);
 * a step the commitment cannot take from where it stands is a conflict (409).
 */
export async function transitionCommitment(
	ctx: Ctx,
	networkSlug: string,
	commitmentId: string,
	input: TransitionInput
): Promise<CommitmentView> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findCommitment(tx, network.id, commitmentId);
		requireRead(ctx.actor, row?.request);
		const { commitment, request } = row!;
		const sideId = sideFor(input.to) === 'requester' ? request.ownerId : commitment.ownerId;
		if (!canActForSide(ctx.actor, network.id, sideId)) throw new ForbiddenError();
		if (!canStep(commitment.status, input.to)) {
			throw new ConflictError('coop_err_impossible_step', 'This step is not possible now');
		}
		// Another step taken in the meantime leaves no row in the status read above.
		if ((await stepCommitment(tx, commitment.id, commitment.status, input.to)) === 0) {
			throw new ConflictError('coop_err_impossible_step', 'This step is not possible now');
		}
		await insertCommitmentStep(tx, {
			commitmentId: commitment.id,
			fromStatus: commitment.status,
			toStatus: input.to,
			participantId: sideId,
			userId: ctx.actor.userId,
			note: input.note
		});
		await appendAudit(tx, ctx.actor, {
			action: 'update',
			entityType: 'cooperation_commitment',
			entityId: commitment.id,
			networkId: network.id,
			details: { from: commitment.status, to: input.to, request: request.id }
		});
		const view = await loadCommitmentView(tx, request.id, commitment.id);
		if (!view) throw new NotFoundError();
		return view;
	});
}

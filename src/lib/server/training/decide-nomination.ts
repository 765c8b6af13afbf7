import { canOrganiseCourse, canReadNomination, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import { loadCourseFacts } from './course-facts';
import { moveUpWaitlisted } from './move-up-waitlisted';
import { findNomination, setNominationStatus } from './repository';
import type { NominationDecisionInput } from './schemas';
import { seatFreeFor } from './seat-allocation';

/**
 * The organiser accepts, waitlists or declines a nomination. Accepting a waitlisted nominee needs
 * a free seat for its participant; a seat freed by a decline or a waitlisting goes to the
 * earliest waitlisted nominee who fits.
 */
export async function decideNomination(
	ctx: Ctx,
	networkSlug: string,
	eventId: string,
	nominationId: string,
	input: NominationDecisionInput,
	now: Date = new Date()
): Promise<{ movedUp: string[] }> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const facts = await loadCourseFacts(tx, ctx.actor, networkSlug, eventId, true);
		const nomination = await findNomination(tx, eventId, nominationId);
		if (!nomination || !canReadNomination(ctx.actor, nomination, facts.event.ownerId)) {
			throw new NotFoundError();
		}
		if (!canOrganiseCourse(ctx.actor, facts.event)) throw new ForbiddenError();
		const from = nomination.status;
		const to = input.decision;
		if (from === to) return { movedUp: [] };
		const holdsSeat = from === 'nominated' || from === 'accepted';
		if (to === 'accepted' && !holdsSeat) {
			if (!seatFreeFor(facts.offers, facts.holdings, nomination.ownerId)) {
				throw new ConflictError('train_err_no_seat_free', 'No seat is free for this participant');
			}
		}
		const changed = await setNominationStatus(tx, [nominationId], {
			status: to,
			waitlistedAt: to === 'waitlisted' ? now : null,
			decidedAt: now,
			decidedBy: ctx.actor.userId
		});
		if (changed === 0) throw new NotFoundError();
		await appendAudit(tx, ctx.actor, {
			action: 'update',
			entityType: 'training_nomination',
			entityId: nominationId,
			networkId: facts.network.id,
			details: { eventId, from, to }
		});
		const freesSeat = holdsSeat && to !== 'accepted';
		const movedUp = freesSeat
			? await moveUpWaitlisted(
					tx,
					ctx.actor,
					{ networkId: facts.network.id, eventId, offers: facts.offers },
					to === 'waitlisted' ? nominationId : null
				)
			: [];
		return { movedUp };
	});
}

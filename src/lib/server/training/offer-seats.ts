import { canOrganiseCourse, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';
import { findParticipantByCode } from '../registry/repository';
import { loadCourseFacts } from './course-facts';
import { moveUpWaitlisted } from './move-up-waitlisted';
import { saveSeatOffer } from './repository';
import type { SeatOfferInput } from './schemas';
import { offersCover } from './seat-allocation';

/**
 * The organiser offers seats on its course to one participant, or to any (participantCode null);
 * the number replaces the earlier offer, and 0 withdraws it. Offering fewer seats than nominees
 * already hold is refused: nobody loses a seat silently. More seats move the waitlist up.
 */
export async function offerSeats(
	ctx: Ctx,
	networkSlug: string,
	eventId: string,
	input: SeatOfferInput
): Promise<{ movedUp: string[] }> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const facts = await loadCourseFacts(tx, ctx.actor, networkSlug, eventId, true);
		if (!canOrganiseCourse(ctx.actor, facts.event)) throw new ForbiddenError();
		let participantId: string | null = null;
		if (input.participantCode !== null) {
			const participant = await findParticipantByCode(tx, facts.network.id, input.participantCode);
			if (!participant) {
				throw new ValidationError([
					{ path: 'participantCode', message: 'train_err_participant_unknown' }
				]);
			}
			participantId = participant.id;
		}
		const named = new Map(facts.offers.named);
		let any = facts.offers.any;
		if (participantId === null) any = input.seats;
		else if (input.seats === 0) named.delete(participantId);
		else named.set(participantId, input.seats);
		const offers = { named, any };
		if (!offersCover(offers, facts.holdings)) {
			throw new ConflictError('train_err_seats_below_held', 'Nominees already hold more seats');
		}
		await saveSeatOffer(tx, {
			networkId: facts.network.id,
			eventId,
			participantId,
			seats: input.seats
		});
		await appendAudit(tx, ctx.actor, {
			action: 'update',
			entityType: 'training_seat_offer',
			entityId: eventId,
			networkId: facts.network.id,
			details: { participant: input.participantCode, seats: input.seats }
		});
		const movedUp = await moveUpWaitlisted(tx, ctx.actor, {
			networkId: facts.network.id,
			eventId,
			offers
		});
		return { movedUp };
	});
}

import { canNominateTrainees, canOrganiseCourse, canRead } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { todayIn } from '../calendar/time';
import { loadCourseFacts, type CourseFacts } from './course-facts';
import { findCourseDetails } from './repository';
import type { CourseView } from './schemas';
import { isOffered, seatFreeFor } from './seat-allocation';

export interface CourseWithPolicies {
	course: CourseView;
	policies: {
		/** The organiser sets the details, offers seats and decides on nominations. */
		canOrganise: boolean;
		/** The actor's participant may nominate now: it was offered seats and nominations are open. */
		canNominate: boolean;
		/** Whether the next nominee of the actor's participant finds a seat (else it is waitlisted). */
		seatFreeForUs: boolean;
		/** Nominations close at the event's registration deadline, or once the course is over. */
		nominationsOpen: boolean;
	};
}

export function nominationsOpen(event: CourseFacts['event'], now: Date): boolean {
	const today = todayIn(event.timeZone, now);
	return (
		!event.cancelled &&
		event.endsOn >= today &&
		(event.registrationDeadline === null || event.registrationDeadline >= today)
	);
}

/** The training side of a course: centre, languages, prerequisites, seats and the women's share. */
export function getCourse(
	ctx: Ctx,
	networkSlug: string,
	eventId: string,
	now: Date = new Date()
): Promise<CourseWithPolicies> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const facts = await loadCourseFacts(tx, ctx.actor, networkSlug, eventId);
		const details = await findCourseDetails(tx, eventId);
		const centre = details?.centre && canRead(ctx.actor, details.centre) ? details.centre : null;
		const sum = (pick: (t: CourseFacts['tally'][number]) => number) =>
			facts.tally.reduce((total, t) => total + pick(t), 0);
		const accepted = sum((t) => t.accepted);
		const own = ctx.actor.participant;
		const open = nominationsOpen(facts.event, now);
		const offered = own !== null && isOffered(facts.offers, own.id);
		return {
			course: {
				eventId,
				centre: centre ? { id: centre.id, name: centre.name } : null,
				instructionLanguages: details?.course.instructionLanguages ?? [],
				prerequisites: details?.course.prerequisites ?? {},
				seatOffers: facts.offerRows.map((o) => ({
					participantCode: o.participantCode,
					seats: o.seats
				})),
				seats: {
					offered: facts.offerRows.reduce((total, o) => total + o.seats, 0),
					held: sum((t) => t.holding),
					accepted,
					waitlisted: sum((t) => t.waitlisted)
				},
				womenShare: accepted === 0 ? null : sum((t) => t.acceptedWomen) / accepted
			},
			policies: {
				canOrganise: canOrganiseCourse(ctx.actor, facts.event),
				canNominate: open && offered && canNominateTrainees(ctx.actor, facts.network.id),
				seatFreeForUs: own !== null && seatFreeFor(facts.offers, facts.holdings, own.id),
				nominationsOpen: open
			}
		};
	});
}

import { and, asc, count, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import {
	events,
	participants,
	trainingCentres,
	trainingCourses,
	trainingNominations,
	trainingSeatOffers
} from '../db/schema';

export type CentreRow = typeof trainingCentres.$inferSelect;
export type NewCentreRow = typeof trainingCentres.$inferInsert;
export type NominationRow = typeof trainingNominations.$inferSelect;
export type NewNominationRow = typeof trainingNominations.$inferInsert;
export type CourseEventRow = typeof events.$inferSelect;

export async function insertCentre(q: Queryable, values: NewCentreRow): Promise<void> {
	await q.insert(trainingCentres).values(values);
}

export function listCentreRows(q: Queryable, networkId: string) {
	return q
		.select({ centre: trainingCentres, ownerCode: participants.code })
		.from(trainingCentres)
		.innerJoin(participants, eq(participants.id, trainingCentres.ownerId))
		.where(eq(trainingCentres.networkId, networkId))
		.orderBy(asc(trainingCentres.countryCode), asc(trainingCentres.city), asc(trainingCentres.id));
}

export async function findCentre(q: Queryable, networkId: string, id: string) {
	const [row] = await q
		.select({ centre: trainingCentres, ownerCode: participants.code })
		.from(trainingCentres)
		.innerJoin(participants, eq(participants.id, trainingCentres.ownerId))
		.where(and(eq(trainingCentres.networkId, networkId), eq(trainingCentres.id, id)))
		.limit(1);
	return row;
}

/** The courses given at a centre, as events (the events policy filters them). */
export function listCentreCourseEvents(q: Queryable, centreId: string) {
	return q
		.select({ event: events })
		.from(trainingCourses)
		.innerJoin(events, eq(events.id, trainingCourses.eventId))
		.where(eq(trainingCourses.centreId, centreId))
		.orderBy(asc(events.startsOn), asc(events.id));
}

export async function findCourseEvent(q: Queryable, networkId: string, eventId: string) {
	const [row] = await q
		.select({ event: events, organiserCode: participants.code })
		.from(events)
		.innerJoin(participants, eq(participants.id, events.ownerId))
		.where(and(eq(events.networkId, networkId), eq(events.id, eventId)))
		.limit(1);
	return row;
}

export async function findCourseDetails(q: Queryable, eventId: string) {
	const [row] = await q
		.select({ course: trainingCourses, centre: trainingCentres })
		.from(trainingCourses)
		.leftJoin(trainingCentres, eq(trainingCentres.id, trainingCourses.centreId))
		.where(eq(trainingCourses.eventId, eventId))
		.limit(1);
	return row;
}

export async function upsertCourseDetails(
	q: Queryable,
	values: typeof trainingCourses.$inferInsert
): Promise<void> {
	await q
		.insert(trainingCourses)
		.values(values)
		.onConflictDoUpdate({
			target: trainingCourses.eventId,
			set: {
				centreId: values.centreId,
				instructionLanguages: values.instructionLanguages,
				prerequisites: values.prerequisites,
				updatedAt: sql`now()`
			}
		});
}

export function listSeatOfferRows(q: Queryable, eventId: string) {
	return q
		.select({
			participantId: trainingSeatOffers.participantId,
			participantCode: participants.code,
			seats: trainingSeatOffers.seats
		})
		.from(trainingSeatOffers)
		.leftJoin(participants, eq(participants.id, trainingSeatOffers.participantId))
		.where(eq(trainingSeatOffers.eventId, eventId))
		.orderBy(asc(participants.code));
}

export async function saveSeatOffer(
	q: Queryable,
	values: { networkId: string; eventId: string; participantId: string | null; seats: number }
): Promise<void> {
	const match = and(
		eq(trainingSeatOffers.eventId, values.eventId),
		values.participantId === null
			? isNull(trainingSeatOffers.participantId)
			: eq(trainingSeatOffers.participantId, values.participantId)
	);
	if (values.seats === 0) {
		await q.delete(trainingSeatOffers).where(match);
		return;
	}
	await q
		.insert(trainingSeatOffers)
		.values(values)
		.onConflictDoUpdate({
			target: [trainingSeatOffers.eventId, trainingSeatOffers.participantId],
			set: { seats: values.seats, updatedAt: sql`now()` }
		});
}

export interface TallyRow {
	participantId: string;
	holding: number;
	accepted: number;
	acceptedWomen: number;
	waitlisted: number;
}

/**
 * Nominations counted per participant, with the owner's rights (drizzle: app_training_tally);
 * with `lock` the event row stays locked until commit.
 */
export async function tallyNominations(
	q: Queryable,
	eventId: string,
	lock: boolean
): Promise<TallyRow[]> {
	const result = await q.execute(
		sql`SELECT participant_id, holding, accepted, accepted_women, waitlisted FROM app_training_tally(${eventId}::uuid, ${lock})`
	);
	const rows = (
		result as unknown as {
			rows: {
				participant_id: string;
				holding: number | string;
				accepted: number | string;
				accepted_women: number | string;
				waitlisted: number | string;
			}[];
		}
	).rows;
	return rows.map((r) => ({
		participantId: r.participant_id,
		holding: Number(r.holding),
		accepted: Number(r.accepted),
		acceptedWomen: Number(r.accepted_women),
		waitlisted: Number(r.waitlisted)
	}));
}

export async function insertNomination(q: Queryable, values: NewNominationRow): Promise<void> {
	await q.insert(trainingNominations).values(values);
}

export function listNominationRows(q: Queryable, eventId: string) {
	return q
		.select({ nomination: trainingNominations, participantCode: participants.code })
		.from(trainingNominations)
		.innerJoin(participants, eq(participants.id, trainingNominations.ownerId))
		.where(eq(trainingNominations.eventId, eventId))
		.orderBy(asc(trainingNominations.createdAt), asc(trainingNominations.id));
}

export async function findNomination(q: Queryable, eventId: string, id: string) {
	const [row] = await q
		.select()
		.from(trainingNominations)
		.where(and(eq(trainingNominations.eventId, eventId), eq(trainingNominations.id, id)))
		.limit(1);
	return row;
}

export async function setNominationStatus(
	q: Queryable,
	ids: readonly string[],
	values: Pick<NominationRow, 'status' | 'waitlistedAt'> &
		Partial<Pick<NominationRow, 'decidedAt' | 'decidedBy'>>
): Promise<number> {
	if (ids.length === 0) return 0;
	const changed = await q
		.update(trainingNominations)
		.set({ ...values, updatedAt: sql`now()` })
		.where(inArray(trainingNominations.id, [...ids]))
		.returning({ id: trainingNominations.id });
	return changed.length;
}

/** A participant's own nominations with their courses, the latest course first. */
export function listOwnNominationRows(q: Queryable, networkId: string, ownerId: string) {
	return q
		.select({ nomination: trainingNominations, event: events })
		.from(trainingNominations)
		.innerJoin(events, eq(events.id, trainingNominations.eventId))
		.where(
			and(eq(trainingNominations.networkId, networkId), eq(trainingNominations.ownerId, ownerId))
		)
		.orderBy(sql`${events.startsOn} DESC`, asc(trainingNominations.createdAt));
}

/** A participant's accepted nominees in courses starting between two days, by gender. */
export function countAcceptedByGender(q: Queryable, ownerId: string, from: string, to: string) {
	return q
		.select({ gender: trainingNominations.gender, n: count() })
		.from(trainingNominations)
		.innerJoin(events, eq(events.id, trainingNominations.eventId))
		.where(
			and(
				eq(trainingNominations.ownerId, ownerId),
				eq(trainingNominations.status, 'accepted'),
				gte(events.startsOn, from),
				lte(events.startsOn, to)
			)
		)
		.groupBy(trainingNominations.gender);
}

/** Courses an organiser runs with nominations awaiting its decision. */
export function listCoursesAwaitingDecision(q: Queryable, organiserId: string, from: string) {
	return q
		.select({ event: events, waiting: count() })
		.from(trainingNominations)
		.innerJoin(events, eq(events.id, trainingNominations.eventId))
		.where(
			and(
				eq(events.ownerId, organiserId),
				eq(trainingNominations.status, 'nominated'),
				gte(events.endsOn, from)
			)
		)
		.groupBy(events.id)
		.orderBy(asc(events.startsOn));
}

export function listCentresOwnedBy(q: Queryable, ownerId: string) {
	return q
		.select()
		.from(trainingCentres)
		.where(eq(trainingCentres.ownerId, ownerId))
		.orderBy(asc(trainingCentres.createdAt));
}

export function listNominationsOwnedBy(q: Queryable, ownerId: string) {
	return q
		.select()
		.from(trainingNominations)
		.where(eq(trainingNominations.ownerId, ownerId))
		.orderBy(asc(trainingNominations.createdAt));
}

/** The course details and seat offers of the events an organiser owns. */
export async function listCoursesOrganisedBy(q: Queryable, ownerId: string) {
	const courses = await q
		.select({ course: trainingCourses })
		.from(trainingCourses)
		.innerJoin(events, eq(events.id, trainingCourses.eventId))
		.where(eq(events.ownerId, ownerId))
		.orderBy(asc(events.startsOn));
	const offers = await q
		.select({ offer: trainingSeatOffers, participantCode: participants.code })
		.from(trainingSeatOffers)
		.innerJoin(events, eq(events.id, trainingSeatOffers.eventId))
		.leftJoin(participants, eq(participants.id, trainingSeatOffers.participantId))
		.where(eq(events.ownerId, ownerId))
		.orderBy(asc(trainingSeatOffers.createdAt));
	return { courses: courses.map((c) => c.course), offers };
}

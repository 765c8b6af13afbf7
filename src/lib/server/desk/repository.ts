import { and, asc, eq, gt, gte, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import {
	decisionEvents,
	decisions,
	eventDelegations,
	events,
	nationalReports,
	reportingCycles
} from '../db/schema';

const protectedColumns = <
	T extends {
		networkId: typeof decisions.networkId;
		ownerId: typeof decisions.ownerId;
		level: typeof decisions.level;
		releasedTo: typeof decisions.releasedTo;
	}
>(
	t: T
) => ({ networkId: t.networkId, ownerId: t.ownerId, level: t.level, releasedTo: t.releasedTo });

/** Open decisions, not yet past their deadline, on which the participant is eligible. */
export function listOpenDecisionsFor(
	q: Queryable,
	networkId: string,
	participantId: string,
	now: Date
) {
	return q
		.select({
			id: decisions.id,
			title: decisions.title,
			deadline: decisions.deadline,
			...protectedColumns(decisions),
			answered: sql<boolean>`EXISTS (
				SELECT 1 FROM ${decisionEvents}
				WHERE ${decisionEvents.decisionId} = ${decisions.id}
					AND ${decisionEvents.kind} = 'position'
					AND ${decisionEvents.participantId} = ${participantId}
			)`
		})
		.from(decisions)
		.where(
			and(
				eq(decisions.networkId, networkId),
				eq(decisions.status, 'open'),
				gt(decisions.deadline, now),
				sql`${participantId}::uuid = ANY(${decisions.eligible})`
			)
		)
		.orderBy(asc(decisions.deadline));
}

/** Open decisions a participant opened, with how many eligible participants have answered. */
export function listOpenDecisionsOpenedBy(
	q: Queryable,
	networkId: string,
	ownerId: string,
	now: Date
) {
	return q
		.select({
			id: decisions.id,
			title: decisions.title,
			deadline: decisions.deadline,
			...protectedColumns(decisions),
			eligible: sql<number>`cardinality(${decisions.eligible})`.mapWith(Number),
			answered: sql<number>`(
				SELECT count(DISTINCT ${decisionEvents.participantId}) FROM ${decisionEvents}
				WHERE ${decisionEvents.decisionId} = ${decisions.id}
					AND ${decisionEvents.kind} = 'position'
			)`.mapWith(Number)
		})
		.from(decisions)
		.where(
			and(
				eq(decisions.networkId, networkId),
				eq(decisions.ownerId, ownerId),
				eq(decisions.status, 'open'),
				gt(decisions.deadline, now)
			)
		)
		.orderBy(asc(decisions.deadline));
}

/**
 * Cycles that ask the participant for a report and are still current: not submitted, or due
 * today or later. The report is the participant's own, so only its status is read.
 */
export function listCyclesAsking(
	q: Queryable,
	networkId: string,
	participantId: string,
	today: string
) {
	return q
		.select({
			id: reportingCycles.id,
			title: reportingCycles.title,
			periodFrom: reportingCycles.periodFrom,
			periodTo: reportingCycles.periodTo,
			dueOn: reportingCycles.dueOn,
			reportStatus: nationalReports.status
		})
		.from(reportingCycles)
		.leftJoin(
			nationalReports,
			and(
				eq(nationalReports.cycleId, reportingCycles.id),
				eq(nationalReports.ownerId, participantId)
			)
		)
		.where(
			and(
				eq(reportingCycles.networkId, networkId),
				sql`${participantId}::uuid = ANY(${reportingCycles.asked})`,
				sql`(${nationalReports.status} IS DISTINCT FROM 'submitted' OR ${reportingCycles.dueOn} >= ${today})`
			)
		)
		.orderBy(asc(reportingCycles.dueOn));
}

/** The cycles a Presidency opened that are due from `since` on. */
export function listCyclesOpenedBy(
	q: Queryable,
	networkId: string,
	presidencyId: string,
	since: string
) {
	return q
		.select({
			id: reportingCycles.id,
			title: reportingCycles.title,
			dueOn: reportingCycles.dueOn,
			asked: reportingCycles.asked
		})
		.from(reportingCycles)
		.where(
			and(
				eq(reportingCycles.networkId, networkId),
				eq(reportingCycles.presidencyId, presidencyId),
				gte(reportingCycles.dueOn, since)
			)
		)
		.orderBy(asc(reportingCycles.dueOn));
}

const eventColumns = {
	id: events.id,
	title: events.title,
	startsOn: events.startsOn,
	endsOn: events.endsOn,
	city: events.city,
	registrationDeadline: events.registrationDeadline,
	networkId: events.networkId,
	ownerId: events.ownerId,
	level: events.level,
	releasedTo: events.releasedTo
};

/** Events, not over and not cancelled, for which the participant registered a delegation. */
export function listRegisteredEvents(
	q: Queryable,
	networkId: string,
	participantId: string,
	today: string
) {
	return q
		.select(eventColumns)
		.from(events)
		.innerJoin(
			eventDelegations,
			and(eq(eventDelegations.eventId, events.id), eq(eventDelegations.ownerId, participantId))
		)
		.where(
			and(eq(events.networkId, networkId), gte(events.endsOn, today), eq(events.cancelled, false))
		)
		.orderBy(asc(events.startsOn));
}

/** Events whose registration closes between `from` and `to`, both included. */
export function listRegistrationsClosing(
	q: Queryable,
	networkId: string,
	from: string,
	to: string
) {
	return q
		.select(eventColumns)
		.from(events)
		.where(
			and(
				eq(events.networkId, networkId),
				eq(events.cancelled, false),
				gte(events.registrationDeadline, from),
				lte(events.registrationDeadline, to)
			)
		)
		.orderBy(asc(events.registrationDeadline));
}

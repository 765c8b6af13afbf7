import { and, arrayContains, asc, count, eq, gte, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import {
	annualCalendars,
	calendarFeedTokens,
	conferences,
	eventDelegations,
	events,
	participants,
	users
} from '../db/schema';

export type EventRow = typeof events.$inferSelect;
export type NewEventRow = typeof events.$inferInsert;
export type NewDelegationRow = typeof eventDelegations.$inferInsert;
export type CalendarRow = typeof annualCalendars.$inferSelect;

const eventColumns = {
	event: events,
	organiserCode: participants.code,
	conferenceEdition: conferences.edition
};

export type EventWithNames = {
	event: EventRow;
	organiserCode: string;
	conferenceEdition: number | null;
};

export async function findEvent(
	q: Queryable,
	networkId: string,
	id: string
): Promise<EventWithNames | undefined> {
	const [row] = await q
		.select(eventColumns)
		.from(events)
		.innerJoin(participants, eq(participants.id, events.ownerId))
		.leftJoin(conferences, eq(conferences.id, events.conferenceId))
		.where(and(eq(events.networkId, networkId), eq(events.id, id)))
		.limit(1);
	return row;
}

export async function findEventByExternalId(q: Queryable, networkId: string, externalId: string) {
	const [row] = await q
		.select()
		.from(events)
		.where(and(eq(events.networkId, networkId), eq(events.externalId, externalId)))
		.limit(1);
	return row;
}

export interface EventFilter {
	networkId?: string | undefined;
	year?: number | undefined;
	kind?: EventRow['kind'] | undefined;
	organiserId?: string | undefined;
	countryCode?: string | undefined;
	language?: string | undefined;
	from?: string | undefined;
	to?: string | undefined;
	publicOnly?: boolean | undefined;
}

function filterClause(filter: EventFilter): SQL | undefined {
	return and(
		filter.networkId ? eq(events.networkId, filter.networkId) : undefined,
		filter.year !== undefined
			? and(
					gte(events.startsOn, `${filter.year}-01-01`),
					lte(events.startsOn, `${filter.year}-12-31`)
				)
			: undefined,
		filter.kind ? eq(events.kind, filter.kind) : undefined,
		filter.organiserId ? eq(events.ownerId, filter.organiserId) : undefined,
		filter.countryCode ? eq(events.countryCode, filter.countryCode) : undefined,
		filter.language ? arrayContains(events.workingLanguages, [filter.language]) : undefined,
		// An event belongs to a range when any of its days falls in it.
		filter.from ? gte(events.endsOn, filter.from) : undefined,
		filter.to ? lte(events.startsOn, filter.to) : undefined,
		filter.publicOnly ? eq(events.level, 'public') : undefined
	);
}

export async function listEventRows(
	q: Queryable,
	filter: EventFilter,
	page: { limit: number; offset: number }
): Promise<{ rows: EventWithNames[]; total: number }> {
	const where = filterClause(filter);
	const rows = await q
		.select(eventColumns)
		.from(events)
		.innerJoin(participants, eq(participants.id, events.ownerId))
		.leftJoin(conferences, eq(conferences.id, events.conferenceId))
		.where(where)
		.orderBy(asc(events.startsOn), asc(events.startsAt), asc(events.id))
		.limit(page.limit)
		.offset(page.offset);
	const [total] = await q.select({ n: count() }).from(events).where(where);
	return { rows, total: total?.n ?? 0 };
}

export async function insertEvent(q: Queryable, row: NewEventRow & { id: string }): Promise<void> {
	// No RETURNING: the Presidency may file an event it is not allowed to read back.
	await q.insert(events).values(row);
}

/** Every change raises SEQUENCE by one, as iCalendar clients expect. */
export async function updateEventRow(
	q: Queryable,
	id: string,
	changes: Partial<NewEventRow>
): Promise<number> {
	const result = await q
		.update(events)
		.set({ ...changes, updatedAt: new Date(), sequence: sql`${events.sequence} + 1` })
		.where(eq(events.id, id))
		.returning({ id: events.id });
	return result.length;
}

export async function deleteEventRow(q: Queryable, id: string): Promise<number> {
	const result = await q.delete(events).where(eq(events.id, id)).returning({ id: events.id });
	return result.length;
}

export async function findConferenceByEdition(q: Queryable, networkId: string, edition: number) {
	const [row] = await q
		.select({ id: conferences.id })
		.from(conferences)
		.where(and(eq(conferences.networkId, networkId), eq(conferences.edition, edition)))
		.limit(1);
	return row;
}

/**
 * Locks the event row for the rest of the transaction and returns the seats its delegations take,
 * or null when the caller may not see the event (drizzle/0007_calendar_rls.sql: app_event_registration_lock).
 */
export async function lockEventForRegistration(
	q: Queryable,
	eventId: string
): Promise<number | null> {
	const result = await q.execute(
		sql`SELECT app_event_registration_lock(${eventId}::uuid) AS taken`
	);
	const value = (result as unknown as { rows: { taken: number | string | null }[] }).rows[0]?.taken;
	return value === null || value === undefined ? null : Number(value);
}

export async function findDelegationOf(q: Queryable, eventId: string, ownerId: string) {
	const [row] = await q
		.select()
		.from(eventDelegations)
		.where(and(eq(eventDelegations.eventId, eventId), eq(eventDelegations.ownerId, ownerId)))
		.limit(1);
	return row;
}

export function listDelegationRows(q: Queryable, eventId: string) {
	return q
		.select({ delegation: eventDelegations, participantCode: participants.code })
		.from(eventDelegations)
		.innerJoin(participants, eq(participants.id, eventDelegations.ownerId))
		.where(eq(eventDelegations.eventId, eventId))
		.orderBy(asc(participants.code));
}

export async function insertDelegation(
	q: Queryable,
	row: NewDelegationRow & { id: string }
): Promise<void> {
	await q.insert(eventDelegations).values(row);
}

export async function updateDelegationRow(
	q: Queryable,
	id: string,
	changes: Partial<NewDelegationRow>
): Promise<number> {
	const result = await q
		.update(eventDelegations)
		.set({ ...changes, updatedAt: new Date() })
		.where(eq(eventDelegations.id, id))
		.returning({ id: eventDelegations.id });
	return result.length;
}

export async function deleteDelegationRow(q: Queryable, id: string): Promise<number> {
	const result = await q
		.delete(eventDelegations)
		.where(eq(eventDelegations.id, id))
		.returning({ id: eventDelegations.id });
	return result.length;
}

export async function findCalendar(
	q: Queryable,
	networkId: string,
	year: number
): Promise<CalendarRow | undefined> {
	const [row] = await q
		.select()
		.from(annualCalendars)
		.where(and(eq(annualCalendars.networkId, networkId), eq(annualCalendars.year, year)))
		.limit(1);
	return row;
}

export async function upsertCalendarApproval(
	q: Queryable,
	row: {
		networkId: string;
		year: number;
		approvedBy: string | null;
		approvedByParticipant: string | null;
		approvedVia: string;
	}
): Promise<void> {
	const now = new Date();
	await q
		.insert(annualCalendars)
		.values({ ...row, status: 'approved', approvedAt: now })
		.onConflictDoUpdate({
			target: [annualCalendars.networkId, annualCalendars.year],
			set: {
				status: 'approved',
				approvedAt: now,
				approvedBy: row.approvedBy,
				approvedByParticipant: row.approvedByParticipant,
				approvedVia: row.approvedVia,
				updatedAt: now
			}
		});
}

export async function findLiveFeedToken(q: Queryable, userId: string) {
	const [row] = await q
		.select()
		.from(calendarFeedTokens)
		.where(and(eq(calendarFeedTokens.userId, userId), isNull(calendarFeedTokens.revokedAt)))
		.limit(1);
	return row;
}

export async function findLiveFeedTokenByHash(q: Queryable, tokenHash: string) {
	const [row] = await q
		.select()
		.from(calendarFeedTokens)
		.where(and(eq(calendarFeedTokens.tokenHash, tokenHash), isNull(calendarFeedTokens.revokedAt)))
		.limit(1);
	return row;
}

export async function revokeFeedTokensOf(q: Queryable, userId: string): Promise<number> {
	const result = await q
		.update(calendarFeedTokens)
		.set({ revokedAt: new Date() })
		.where(and(eq(calendarFeedTokens.userId, userId), isNull(calendarFeedTokens.revokedAt)))
		.returning({ id: calendarFeedTokens.id });
	return result.length;
}

export async function insertFeedToken(q: Queryable, userId: string, tokenHash: string) {
	await q.insert(calendarFeedTokens).values({ userId, tokenHash });
}

export async function touchFeedToken(q: Queryable, id: string): Promise<void> {
	await q
		.update(calendarFeedTokens)
		.set({ lastUsedAt: new Date() })
		.where(eq(calendarFeedTokens.id, id));
}

/** Export: the events a participant organises and the delegations it registered. */
export function listEventsOwnedBy(q: Queryable, ownerId: string) {
	return q.select().from(events).where(eq(events.ownerId, ownerId)).orderBy(asc(events.startsOn));
}

export function listDelegationsOwnedBy(q: Queryable, ownerId: string) {
	return q
		.select()
		.from(eventDelegations)
		.where(eq(eventDelegations.ownerId, ownerId))
		.orderBy(asc(eventDelegations.createdAt));
}

export async function isActiveUser(q: Queryable, userId: string): Promise<boolean> {
	const [row] = await q.select({ active: users.active }).from(users).where(eq(users.id, userId));
	return row?.active === true;
}

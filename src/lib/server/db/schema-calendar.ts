// Tables of the calendar area; shared tables and enums come from ./schema-core.
import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import {
	conferences,
	networks,
	participants,
	users,
	type LocalizedText,
	releasabilityColumns
} from './schema-core';

export const eventKind = pgEnum('event_kind', [
	'conference',
	'preparatory_meeting',
	'working_group',
	'training_course',
	'exercise',
	'seminar',
	'other'
]);
export const calendarStatus = pgEnum('calendar_status', ['draft', 'approved']);

const timestamps = {
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
};

/**
 * An activity on the network's calendar. The owner is the organising participant. Timed events
 * keep their instants (starts_at, ends_at) and the IANA zone they were planned in; all-day events
 * have no instants. Both keep their local first and last day (starts_on, ends_on, inclusive) so
 * that filtering by year, month or range never needs time-zone arithmetic in SQL.
 */
export const events = pgTable(
	'events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		...releasabilityColumns(),
		/** The iCalendar UID: fixed at creation, never changed by edits. */
		uid: text('uid').notNull(),
		/** The key of an imported row (e.g. the ALCOPAZ plan's course code), for idempotent imports. */
		externalId: text('external_id'),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		description: jsonb('description').$type<LocalizedText>().notNull().default({}),
		kind: eventKind('kind').notNull(),
		countryCode: text('country_code').notNull(),
		city: text('city').notNull(),
		timeZone: text('time_zone').notNull(),
		allDay: boolean('all_day').notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }),
		endsAt: timestamp('ends_at', { withTimezone: true }),
		startsOn: date('starts_on').notNull(),
		endsOn: date('ends_on').notNull(),
		workingLanguages: text('working_languages').array().notNull(),
		conferenceId: uuid('conference_id').references(() => conferences.id, {
			onDelete: 'set null'
		}),
		cancelled: boolean('cancelled').notNull().default(false),
		/** The iCalendar SEQUENCE: incremented by every change. */
		sequence: integer('sequence').notNull().default(0),
		/** Most delegates (people) all delegations together may bring; null for no limit. */
		capacity: integer('capacity'),
		/** Last day (in the event's zone) on which delegations may register; null for no deadline. */
		registrationDeadline: date('registration_deadline'),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		...timestamps
	},
	(t) => [
		uniqueIndex('events_uid').on(t.uid),
		uniqueIndex('events_network_external_id').on(t.networkId, t.externalId),
		index('events_network_days').on(t.networkId, t.startsOn, t.endsOn),
		index('events_owner').on(t.ownerId),
		check(
			'events_times',
			sql`(${t.allDay} AND ${t.startsAt} IS NULL AND ${t.endsAt} IS NULL) OR (NOT ${t.allDay} AND ${t.startsAt} IS NOT NULL AND ${t.endsAt} IS NOT NULL AND ${t.endsAt} > ${t.startsAt})`
		),
		check('events_days', sql`${t.endsOn} >= ${t.startsOn}`),
		check('events_capacity', sql`${t.capacity} IS NULL OR ${t.capacity} > 0`)
	]
);

export interface DelegationMember {
	name: string;
	role: string;
}

/**
 * A participant's delegation to an event. Owned by the registering participant; its releasability
 * decides whether the organiser and the Presidency see it (drizzle/0007_calendar_rls.sql: app_can_read_delegation).
 */
export const eventDelegations = pgTable(
	'event_delegations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		...releasabilityColumns(),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		members: jsonb('members').$type<DelegationMember[]>().notNull(),
		women: integer('women').notNull().default(0),
		men: integer('men').notNull().default(0),
		otherGender: integer('other_gender').notNull().default(0),
		/** Seats taken: women + men + other_gender, kept as a column for the capacity check. */
		size: integer('size').notNull(),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		...timestamps
	},
	(t) => [
		uniqueIndex('event_delegations_event_owner').on(t.eventId, t.ownerId),
		index('event_delegations_owner').on(t.ownerId),
		check(
			'event_delegations_counts',
			sql`${t.women} >= 0 AND ${t.men} >= 0 AND ${t.otherGender} >= 0 AND ${t.size} = ${t.women} + ${t.men} + ${t.otherGender} AND ${t.size} > 0`
		)
	]
);

/** The Presidency's annual calendar: the events of a year, and whether it has been approved. */
export const annualCalendars = pgTable(
	'annual_calendars',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		status: calendarStatus('status').notNull().default('draft'),
		approvedAt: timestamp('approved_at', { withTimezone: true }),
		approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
		approvedByParticipant: uuid('approved_by_participant').references(() => participants.id),
		/** How it was approved: 'presidency' directly, or 'decision:<id>' through a decision. */
		approvedVia: text('approved_via'),
		...timestamps
	},
	(t) => [uniqueIndex('annual_calendars_network_year').on(t.networkId, t.year)]
);

/**
 * Private iCalendar feed addresses. Only the SHA-256 of the token is kept; the address is shown
 * once when made. A user has at most one live token; revoking sets revoked_at.
 */
export const calendarFeedTokens = pgTable(
	'calendar_feed_tokens',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull().unique(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [index('calendar_feed_tokens_user').on(t.userId)]
);

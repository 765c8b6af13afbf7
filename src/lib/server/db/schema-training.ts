// Tables of the training area; shared tables come from ./schema-core, courses are calendar events.
import { sql } from 'drizzle-orm';
import {
	check,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import {
	networks,
	participants,
	releasabilityColumns,
	users,
	type LocalizedText
} from './schema-core';
import { events } from './schema-calendar';

export const nomineeGender = pgEnum('nominee_gender', ['female', 'male', 'other']);
export const nominationStatus = pgEnum('nomination_status', [
	'nominated',
	'accepted',
	'waitlisted',
	'declined'
]);

const timestamps = {
	createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow()
};

/**
 * A peacekeeping training centre, owned by the participant that runs it (a country's ministry, or
 * ALCOPAZ for the association's own entries). A releasable record like any other owned one.
 */
export const trainingCentres = pgTable(
	'training_centres',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		...releasabilityColumns(),
		name: jsonb('name').$type<LocalizedText>().notNull(),
		city: text('city').notNull(),
		countryCode: text('country_code').notNull(),
		contact: text('contact').notNull(),
		/** The courses it gives, as the centre describes them. */
		courses: jsonb('courses').$type<LocalizedText>().notNull().default({}),
		/** The UN recognition it holds, in the words of the recognising office; null for none. */
		unRecognition: text('un_recognition'),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		...timestamps
	},
	(t) => [
		index('training_centres_network').on(t.networkId),
		index('training_centres_owner').on(t.ownerId)
	]
);

/**
 * What makes a calendar event of kind `training_course` a course: its centre, the languages it is
 * taught in and what a nominee must bring. Seen by whoever sees the event (the event's policy).
 */
export const trainingCourses = pgTable('training_courses', {
	eventId: uuid('event_id')
		.primaryKey()
		.references(() => events.id, { onDelete: 'cascade' }),
	networkId: uuid('network_id')
		.notNull()
		.references(() => networks.id, { onDelete: 'cascade' }),
	centreId: uuid('centre_id').references(() => trainingCentres.id, { onDelete: 'set null' }),
	instructionLanguages: text('instruction_languages').array().notNull(),
	prerequisites: jsonb('prerequisites').$type<LocalizedText>().notNull().default({}),
	...timestamps
});

/**
 * Seats the organiser offers on a course: to one participant, or to any (participant_id null).
 * Seats named for a participant are its own; the seats offered to any are shared, first come.
 */
export const trainingSeatOffers = pgTable(
	'training_seat_offers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id').references(() => participants.id, {
			onDelete: 'cascade'
		}),
		seats: integer('seats').notNull(),
		...timestamps
	},
	(t) => [
		unique('training_seat_offers_event_participant')
			.on(t.eventId, t.participantId)
			.nullsNotDistinct(),
		check('training_seat_offers_seats', sql`${t.seats} > 0`)
	]
);

/**
 * A person a participant nominates to a course. Owned by the nominating participant; the personal
 * data is read only by that participant and the course's organiser (drizzle: training_rls).
 */
export const trainingNominations = pgTable(
	'training_nominations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		ownerId: uuid('owner_id')
			.notNull()
			.references(() => participants.id),
		eventId: uuid('event_id')
			.notNull()
			.references(() => events.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		rank: text('rank').notNull(),
		gender: nomineeGender('gender').notNull(),
		email: text('email').notNull(),
		role: text('role').notNull().default(''),
		status: nominationStatus('status').notNull(),
		/** When it joined the waitlist: the earliest moves up first. */
		waitlistedAt: timestamp('waitlisted_at', { withTimezone: true, precision: 3 }),
		decidedAt: timestamp('decided_at', { withTimezone: true, precision: 3 }),
		decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		...timestamps
	},
	(t) => [
		index('training_nominations_event').on(t.eventId, t.createdAt),
		index('training_nominations_owner').on(t.ownerId),
		check(
			'training_nominations_waitlist',
			sql`(${t.status} = 'waitlisted') = (${t.waitlistedAt} IS NOT NULL)`
		)
	]
);

// Tables of the cooperation exchange; shared tables and enums come from ./schema-core.
import { sql } from 'drizzle-orm';
import {
	bigint,
	bigserial,
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
	networks,
	participants,
	users,
	type LocalizedText,
	releasabilityColumns
} from './schema-core';

export const cooperationCategory = pgEnum('cooperation_category', [
	'advice',
	'training',
	'equipment',
	'logistics',
	'financing',
	'other'
]);

export const commitmentStatus = pgEnum('commitment_status', [
	'proposed',
	'accepted',
	'in_progress',
	'delivered',
	'verified',
	'declined',
	'withdrawn'
]);

const timestamps = {
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
};

/**
 * What a participant asks of the others. Its status is never stored: it is derived from the
 * commitments made to it (and `closed_at`), so it cannot drift from them.
 */
export const cooperationRequests = pgTable(
	'cooperation_requests',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		...releasabilityColumns(),
		category: cooperationCategory('category').notNull(),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		description: jsonb('description').$type<LocalizedText>().notNull().default({}),
		/** How much is asked, in `unit`; null where a quantity does not apply (advice). */
		quantity: integer('quantity'),
		unit: text('unit'),
		neededBy: date('needed_by'),
		/** The UN mission the request serves, by its acronym. */
		mission: text('mission'),
		/** The languages in which the support is wanted. */
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		version: integer('version').notNull().default(1),
		...timestamps
	},
	(t) => [
		index('cooperation_requests_network').on(t.networkId, t.category),
		index('cooperation_requests_owner').on(t.ownerId),
		check('cooperation_requests_quantity', sql`${t.quantity} IS NULL OR ${t.quantity} > 0`)
	]
);

/** What a member or partner can give. */
export const cooperationOffers = pgTable(
	'cooperation_offers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		...releasabilityColumns(),
		category: cooperationCategory('category').notNull(),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		description: jsonb('description').$type<LocalizedText>().notNull().default({}),
		/** How much can be given, in `unit`; null for no stated limit. */
		capacity: integer('capacity'),
		unit: text('unit'),
		availableFrom: date('available_from'),
		availableUntil: date('available_until'),
		conditions: jsonb('conditions').$type<LocalizedText>().notNull().default({}),
		/** The languages in which the support can be given. */
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		version: integer('version').notNull().default(1),
		...timestamps
	},
	(t) => [
		index('cooperation_offers_network').on(t.networkId, t.category),
		index('cooperation_offers_owner').on(t.ownerId),
		check('cooperation_offers_capacity', sql`${t.capacity} IS NULL OR ${t.capacity} > 0`),
		check(
			'cooperation_offers_window',
			sql`${t.availableFrom} IS NULL OR ${t.availableUntil} IS NULL OR ${t.availableUntil} >= ${t.availableFrom}`
		)
	]
);

/**
 * A provider's commitment to (part of) a request. It is seen by whoever sees the request
 * (drizzle: exchange_rls), and owned by the provider (`owner_id`) for the export.
 */
export const cooperationCommitments = pgTable(
	'cooperation_commitments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		requestId: uuid('request_id')
			.notNull()
			.references(() => cooperationRequests.id, { onDelete: 'cascade' }),
		/** The providing participant. */
		ownerId: uuid('owner_id')
			.notNull()
			.references(() => participants.id),
		offerId: uuid('offer_id').references(() => cooperationOffers.id, { onDelete: 'set null' }),
		/** Part of the request's quantity; null for the whole of it. */
		quantity: integer('quantity'),
		note: text('note').notNull().default(''),
		status: commitmentStatus('status').notNull().default('proposed'),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		...timestamps
	},
	(t) => [
		index('cooperation_commitments_request').on(t.requestId),
		index('cooperation_commitments_owner').on(t.ownerId),
		check('cooperation_commitments_quantity', sql`${t.quantity} IS NULL OR ${t.quantity} > 0`)
	]
);

/** Every step of a commitment, with who took it and when. Append-only (a trigger refuses changes). */
export const cooperationCommitmentEvents = pgTable(
	'cooperation_commitment_events',
	{
		seq: bigserial('seq', { mode: 'number' }).primaryKey(),
		commitmentId: uuid('commitment_id')
			.notNull()
			.references(() => cooperationCommitments.id, { onDelete: 'cascade' }),
		/** Null for the proposal itself. */
		fromStatus: commitmentStatus('from_status'),
		toStatus: commitmentStatus('to_status').notNull(),
		/** The participant on whose behalf the step was taken. */
		participantId: uuid('participant_id')
			.notNull()
			.references(() => participants.id),
		userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
		note: text('note').notNull().default(''),
		at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow()
	},
	(t) => [index('cooperation_commitment_events_commitment').on(t.commitmentId, t.seq)]
);

/**
 * A step that left something waiting on a side, queued for that side's focal points; the digest
 * marks it sent. One row per step and person, so each step is mailed once.
 */
export const cooperationNotifications = pgTable(
	'cooperation_notifications',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		eventSeq: bigint('event_seq', { mode: 'number' })
			.notNull()
			.references(() => cooperationCommitmentEvents.seq, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('cooperation_notifications_once').on(t.eventSeq, t.userId),
		index('cooperation_notifications_pending').on(t.sentAt)
	]
);

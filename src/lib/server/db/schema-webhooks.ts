// Tables of the webhooks area; shared tables come from ./schema-core.
import { sql } from 'drizzle-orm';
import {
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
import { networks, participants, users } from './schema-core';

/**
 * An address a participant asked the platform to call when records it may read are written. The
 * secret signs each delivery; the participant sees it once, when the webhook is registered, and
 * the application role cannot read it back (drizzle: webhooks_rls grants columns, not the table).
 */
export const webhooks = pgTable(
	'webhooks',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id')
			.notNull()
			.references(() => participants.id, { onDelete: 'cascade' }),
		url: text('url').notNull(),
		events: text('events').array().notNull(),
		description: text('description').notNull().default(''),
		secret: text('secret').notNull(),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow()
	},
	(t) => [
		index('webhooks_network').on(t.networkId),
		index('webhooks_participant').on(t.participantId)
	]
);

/** What a record's subject needs to be read again: its id, or a report's cycle and participant. */
export type WebhookSubject = { id: string } | { cycleId: string; participantCode: string };

/**
 * The outbox of record changes, one row per change, written in the transaction of the change so
 * that a rolled-back write announces nothing. A delivery pass fans each row out to the webhooks
 * whose participant may read the record, then marks it.
 */
export const webhookEvents = pgTable(
	'webhook_events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		type: text('type').notNull(),
		subject: jsonb('subject').$type<WebhookSubject>().notNull(),
		occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 })
			.notNull()
			.defaultNow(),
		fannedOutAt: timestamp('fanned_out_at', { withTimezone: true }),
		claimedUntil: timestamp('claimed_until', { withTimezone: true })
	},
	(t) => [
		index('webhook_events_pending')
			.on(t.occurredAt)
			.where(sql`fanned_out_at IS NULL`)
	]
);

export const webhookDeliveryStatus = pgEnum('webhook_delivery_status', [
	'pending',
	'delivered',
	'failed'
]);

/**
 * One event for one webhook: its id is the message id the receiver sees (`webhook-id`), the same
 * on every attempt so that a receiver can drop repeats.
 */
export const webhookDeliveries = pgTable(
	'webhook_deliveries',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		webhookId: uuid('webhook_id')
			.notNull()
			.references(() => webhooks.id, { onDelete: 'cascade' }),
		eventId: uuid('event_id')
			.notNull()
			.references(() => webhookEvents.id, { onDelete: 'cascade' }),
		eventType: text('event_type').notNull(),
		status: webhookDeliveryStatus('status').notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
		claimedUntil: timestamp('claimed_until', { withTimezone: true }),
		lastStatusCode: integer('last_status_code'),
		lastError: text('last_error'),
		lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
		deliveredAt: timestamp('delivered_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('webhook_deliveries_once').on(t.webhookId, t.eventId),
		index('webhook_deliveries_log').on(t.webhookId, t.createdAt.desc()),
		index('webhook_deliveries_due')
			.on(t.nextAttemptAt)
			.where(sql`status = 'pending'`)
	]
);

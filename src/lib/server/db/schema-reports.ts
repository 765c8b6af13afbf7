// Tables of the reports area; shared tables and enums come from ./schema-core.
import { sql } from 'drizzle-orm';
import {
	boolean,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import {
	networks,
	outbox,
	participants,
	releasabilityLevel,
	users,
	type LocalizedText,
	releasabilityColumns
} from './schema-core';

export const reportStatus = pgEnum('report_status', ['draft', 'submitted']);
export const reportActivityKind = pgEnum('report_activity_kind', [
	'deployment',
	'training_given',
	'training_received',
	'exercise',
	'seminar_conference',
	'cooperation_agreement',
	'equipment_logistics',
	'gender',
	'other'
]);

/** UN peacekeeping missions that an activity may name; public reference data. */
export const reportingMissions = pgTable('reporting_missions', {
	acronym: text('acronym').primaryKey(),
	name: text('name').notNull(),
	active: boolean('active').notNull(),
	startsOn: date('starts_on'),
	endsOn: date('ends_on')
});

/** A call by the Presidency for national reports covering one period. */
export const reportingCycles = pgTable(
	'reporting_cycles',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		/** The participant that held the Presidency when the cycle was opened. */
		presidencyId: uuid('presidency_id')
			.notNull()
			.references(() => participants.id),
		title: text('title').notNull(),
		instructions: jsonb('instructions').$type<LocalizedText>().notNull().default({}),
		periodFrom: date('period_from').notNull(),
		periodTo: date('period_to').notNull(),
		dueOn: date('due_on').notNull(),
		/** The participants asked to report. */
		asked: uuid('asked')
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`),
		/** Days before the due date on which focal points who have not submitted are reminded. */
		reminderOffsets: integer('reminder_offsets')
			.array()
			.notNull()
			.default(sql`'{14,3}'::integer[]`),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('reporting_cycles_network_due').on(t.networkId, t.dueOn)]
);

/** One participant's report for one cycle; releasable like every protected record. */
export const nationalReports = pgTable(
	'national_reports',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		cycleId: uuid('cycle_id')
			.notNull()
			.references(() => reportingCycles.id, { onDelete: 'cascade' }),
		...releasabilityColumns({ defaultLevel: 'members' }),
		narrative: text('narrative').notNull().default(''),
		status: reportStatus('status').notNull().default('draft'),
		/** The number of the last submitted version; 0 before the first submission. */
		version: integer('version').notNull().default(0),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('national_reports_cycle_owner').on(t.cycleId, t.ownerId),
		index('national_reports_owner').on(t.ownerId)
	]
);

/**
 * An activity of a report. `level` null means the report's releasability; otherwise the activity
 * is visible only to those whom both the report's and its own releasability allow.
 */
export const nationalReportActivities = pgTable(
	'national_report_activities',
	{
		reportId: uuid('report_id')
			.notNull()
			.references(() => nationalReports.id, { onDelete: 'cascade' }),
		/** Chosen by the form that created the row, so that repeated autosaves never duplicate it. */
		id: uuid('id').notNull(),
		position: integer('position').notNull(),
		kind: reportActivityKind('kind').notNull(),
		title: text('title').notNull(),
		startsOn: date('starts_on'),
		endsOn: date('ends_on'),
		missionAcronym: text('mission_acronym').references(() => reportingMissions.acronym),
		female: integer('female').notNull().default(0),
		male: integer('male').notNull().default(0),
		partnerIds: uuid('partner_ids')
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`),
		description: text('description').notNull().default(''),
		level: releasabilityLevel('level'),
		releasedTo: uuid('released_to')
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`)
	},
	(t) => [primaryKey({ columns: [t.reportId, t.id] })]
);

/** What was submitted, each time: a report reopened and submitted again keeps every version. */
export const nationalReportVersions = pgTable(
	'national_report_versions',
	{
		reportId: uuid('report_id')
			.notNull()
			.references(() => nationalReports.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		ownerId: uuid('owner_id')
			.notNull()
			.references(() => participants.id),
		/** The report as submitted: narrative, releasability and activities. */
		content: jsonb('content').notNull(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
		submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [primaryKey({ columns: [t.reportId, t.version] })]
);

/**
 * One row per reminder ever sent. The primary key is what makes a reminder go out once: a pass
 * claims the row before it queues the mail, in the same transaction.
 */
export const reportReminders = pgTable(
	'report_reminders',
	{
		cycleId: uuid('cycle_id')
			.notNull()
			.references(() => reportingCycles.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id')
			.notNull()
			.references(() => participants.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** `before_<days>` or `overdue`. */
		kind: text('kind').notNull(),
		outboxId: uuid('outbox_id').references(() => outbox.id, { onDelete: 'set null' }),
		sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.cycleId, t.participantId, t.userId, t.kind] })]
);

// Tables of the pledges area (capabilities, pledges, combined contingents, capability gaps);
// shared tables and enums come from ./schema-core.
import { sql } from 'drizzle-orm';
import {
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import {
	networks,
	participants,
	releasabilityColumns,
	users,
	type LocalizedText
} from './schema-core';

/** The UN's vocabulary of unit types, as the Peacekeeping Capability Readiness System uses it. */
export const pledgeUnitType = pgEnum('pledge_unit_type', [
	'infantry_battalion',
	'engineer_company',
	'level_1_hospital',
	'level_2_hospital',
	'helicopter_unit',
	'formed_police_unit',
	'military_observers',
	'staff_officers',
	'quick_reaction_force',
	'riverine_unit',
	'transport_company',
	'signals',
	'demining',
	'other'
]);

/** PCRS levels, lowest first; the order of the enum is the order of readiness. */
export const pledgeReadinessLevel = pgEnum('pledge_readiness_level', [
	'level_1',
	'level_2',
	'level_3',
	'rapid_deployment'
]);

/** One line of the major-equipment annex. */
export interface PledgeEquipmentLine {
	item: string;
	quantity: number;
}

/** A unit a participant offers, entered once and released to whom it chooses. */
export const pledges = pgTable(
	'pledges',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		...releasabilityColumns(),
		unitType: pledgeUnitType('unit_type').notNull(),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		female: integer('female').notNull().default(0),
		male: integer('male').notNull().default(0),
		equipment: jsonb('equipment').$type<PledgeEquipmentLine[]>().notNull().default([]),
		selfSustainment: text('self_sustainment')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		readinessLevel: pledgeReadinessLevel('readiness_level').notNull(),
		availableFrom: date('available_from'),
		availableUntil: date('available_until'),
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** The Assessment and Advisory Visit: its date and its report (a reference or a summary). */
		assessmentVisitOn: date('assessment_visit_on'),
		assessmentReport: text('assessment_report').notNull().default(''),
		verificationVisitOn: date('verification_visit_on'),
		notes: text('notes').notNull().default(''),
		version: integer('version').notNull().default(1),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('pledges_network_type').on(t.networkId, t.unitType),
		index('pledges_owner').on(t.ownerId)
	]
);

/** Every state a pledge was saved in: who, when, which fields changed and the whole record. */
export const pledgeVersions = pgTable(
	'pledge_versions',
	{
		pledgeId: uuid('pledge_id')
			.notNull()
			.references(() => pledges.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		ownerId: uuid('owner_id')
			.notNull()
			.references(() => participants.id),
		changes: text('changes')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		content: jsonb('content').notNull(),
		changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
		/** Who it was, as shown then: the users table is not readable by the application role. */
		changedByLabel: text('changed_by_label').notNull().default(''),
		changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.pledgeId, t.version] })]
);

/** A binational or multinational contingent, owned by its lead participant. */
export const combinedContingents = pgTable(
	'combined_contingents',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		...releasabilityColumns(),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		/** A UN unit template the contingent is measured against, or null. */
		template: text('template'),
		notes: text('notes').notNull().default(''),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('combined_contingents_network').on(t.networkId)]
);

/**
 * One member's pledge in a contingent. Owned by the pledge's owner (copied here for row-level
 * security), and seen only by those who may see both the contingent and the pledge.
 */
export const contingentContributions = pgTable(
	'contingent_contributions',
	{
		contingentId: uuid('contingent_id')
			.notNull()
			.references(() => combinedContingents.id, { onDelete: 'cascade' }),
		pledgeId: uuid('pledge_id')
			.notNull()
			.references(() => pledges.id, { onDelete: 'cascade' }),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		ownerId: uuid('owner_id')
			.notNull()
			.references(() => participants.id),
		addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
		addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.contingentId, t.pledgeId] }),
		index('contingent_contributions_pledge').on(t.pledgeId)
	]
);

/** A capability the Presidency or a partner says the missions need; pledges are matched to it. */
export const capabilityGaps = pgTable(
	'capability_gaps',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		...releasabilityColumns(),
		unitType: pledgeUnitType('unit_type').notNull(),
		/** The lowest readiness level a matching pledge must have. */
		minimumLevel: pledgeReadinessLevel('minimum_level').notNull().default('level_1'),
		quantity: integer('quantity').notNull().default(1),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		description: text('description').notNull().default(''),
		/** Where the capability is needed: a mission's acronym, or empty. */
		mission: text('mission').notNull().default(''),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('capability_gaps_network').on(t.networkId)]
);

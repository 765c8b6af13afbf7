// Tables of the situational-awareness area; shared tables and enums come from ./schema-core.
import { sql } from 'drizzle-orm';
import {
	check,
	date,
	doublePrecision,
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
	bytea,
	networks,
	participants,
	releasabilityColumns,
	users,
	type LocalizedText
} from './schema-core';

export const situationCategory = pgEnum('situation_category', [
	'security',
	'humanitarian',
	'political',
	'logistics',
	'health',
	'environment',
	'other'
]);
export const situationSeverity = pgEnum('situation_severity', [
	'info',
	'advisory',
	'warning',
	'critical'
]);

/**
 * A participant's note on what it observed where its people serve. Protected like every owned
 * record; a closed note stays in the record. `mission` is a UN mission acronym from the imported
 * list, checked when written rather than by a key, because the import replaces that list.
 */
export const situationNotes = pgTable(
	'situation_notes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		...releasabilityColumns(),
		mission: text('mission'),
		countryIso3: text('country_iso3').notNull(),
		placeName: text('place_name').notNull().default(''),
		longitude: doublePrecision('longitude'),
		latitude: doublePrecision('latitude'),
		observedAt: timestamp('observed_at', { withTimezone: true }).notNull(),
		/** The zone the observer gave the time in, so it is shown as they wrote it. */
		observedZone: text('observed_zone').notNull(),
		category: situationCategory('category').notNull(),
		severity: situationSeverity('severity').notNull(),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		body: jsonb('body').$type<LocalizedText>().notNull().default({}),
		version: integer('version').notNull().default(1),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
		/** Set once the followers' digest has gone out for the note. */
		announcedAt: timestamp('announced_at', { withTimezone: true }),
		/** A digest pass holds the note until then, so two processes never mail it both. */
		digestClaimedUntil: timestamp('digest_claimed_until', { withTimezone: true }),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow()
	},
	(t) => [
		index('situation_notes_network_observed').on(t.networkId, t.observedAt.desc(), t.id),
		index('situation_notes_network_mission').on(t.networkId, t.mission),
		index('situation_notes_network_country').on(t.networkId, t.countryIso3),
		index('situation_notes_owner').on(t.ownerId),
		index('situation_notes_unannounced')
			.on(t.createdAt)
			.where(sql`announced_at IS NULL`)
	]
);

/** The note as it stood after each change, the first included; numbered from 1. */
export interface SituationNoteSnapshot {
	mission: string | null;
	countryIso3: string;
	placeName: string;
	longitude: number | null;
	latitude: number | null;
	observedAt: string;
	observedZone: string;
	category: string;
	severity: string;
	title: LocalizedText;
	body: LocalizedText;
	level: string;
	releasedTo: string[];
	closedAt: string | null;
}

export const situationNoteVersions = pgTable(
	'situation_note_versions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		noteId: uuid('note_id')
			.notNull()
			.references(() => situationNotes.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		snapshot: jsonb('snapshot').$type<SituationNoteSnapshot>().notNull(),
		changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('situation_note_versions_number').on(t.noteId, t.number)]
);

/**
 * A file that goes with a note: a photograph or a PDF. Seen wherever the note is seen; added and
 * removed by whoever may change the note, while it is open.
 */
export const situationNoteAttachments = pgTable(
	'situation_note_attachments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		noteId: uuid('note_id')
			.notNull()
			.references(() => situationNotes.id, { onDelete: 'cascade' }),
		filename: text('filename').notNull(),
		contentType: text('content_type').notNull(),
		size: integer('size').notNull(),
		data: bytea('data').notNull(),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow()
	},
	(t) => [index('situation_note_attachments_note').on(t.noteId, t.createdAt)]
);

/** A reader following a mission or a country: exactly one of the two is set. */
export const situationFollows = pgTable(
	'situation_follows',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		mission: text('mission'),
		countryIso3: text('country_iso3'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('situation_follows_one_subject', sql`(mission IS NULL) <> (country_iso3 IS NULL)`),
		uniqueIndex('situation_follows_mission')
			.on(t.userId, t.networkId, t.mission)
			.where(sql`mission IS NOT NULL`),
		uniqueIndex('situation_follows_country')
			.on(t.userId, t.networkId, t.countryIso3)
			.where(sql`country_iso3 IS NOT NULL`),
		index('situation_follows_network_mission').on(t.networkId, t.mission),
		index('situation_follows_network_country').on(t.networkId, t.countryIso3)
	]
);

/**
 * What the network knows of a UN mission beyond the UN's figures: the mandate in a few lines and
 * when it is next renewed, kept by the Presidency and the partners. Public, like the mission list.
 */
export const missionBriefs = pgTable(
	'mission_briefs',
	{
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		mission: text('mission').notNull(),
		mandateSummary: jsonb('mandate_summary').$type<LocalizedText>().notNull().default({}),
		mandateRenewalOn: date('mandate_renewal_on'),
		hostCountryIso3: text('host_country_iso3'),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
		updatedByParticipant: uuid('updated_by_participant').references(() => participants.id),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.networkId, t.mission] })]
);

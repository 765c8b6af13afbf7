import { sql } from 'drizzle-orm';
import {
	bigserial,
	boolean,
	customType,
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

export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
	dataType: () => 'bytea',
	fromDriver: (value) => Buffer.from(value)
});

const timestamps = {
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
};

/** Text in several languages, keyed by locale (es, en, pt, fr). */
export type LocalizedText = Partial<Record<'es' | 'en' | 'pt' | 'fr', string>>;

export const participantKind = pgEnum('participant_kind', ['country', 'organization']);
export const participantStatus = pgEnum('participant_status', ['member', 'observer', 'partner']);
export const userRole = pgEnum('user_role', ['focal_point', 'editor', 'viewer']);
export const releasabilityLevel = pgEnum('releasability_level', [
	'owner',
	'named',
	'members',
	'members_and_observers',
	'network',
	'public'
]);
export const documentKind = pgEnum('document_kind', [
	'declaration',
	'statute',
	'resolution',
	'minutes',
	'report',
	'guideline',
	'news',
	'other'
]);
/** Where a document sits in the knowledge library, whatever its kind. */
export const documentCategory = pgEnum('document_category', [
	'lesson_learned',
	'best_practice',
	'doctrine',
	'course_material',
	'interoperability',
	'statute',
	'declaration',
	'report',
	'other'
]);
export const translationMethod = pgEnum('translation_method', ['human', 'machine']);

/** A stored full-text vector, kept by the database (drizzle: library_rls); never read as a value. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
export const oneTimeTokenPurpose = pgEnum('one_time_token_purpose', [
	'admin_setup',
	'password_reset',
	'invitation'
]);

export const networks = pgTable('networks', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	acronym: text('acronym').notNull(),
	name: jsonb('name').$type<LocalizedText>().notNull(),
	description: jsonb('description').$type<LocalizedText>().notNull().default({}),
	/** UN M49 code of the region the network serves, e.g. 419 for Latin America and the Caribbean. */
	region: text('region').notNull().default('001'),
	defaultLanguage: text('default_language').notNull().default('es'),
	/** IANA zone of the network's meetings and deadlines where no other zone applies. */
	timeZone: text('time_zone').notNull().default('UTC'),
	/**
	 * The network's statute, archived as a public document like its declarations, and the
	 * conference that approved it. No foreign keys: networks and documents would reference each
	 * other, and a backup restores tables one after another.
	 */
	statuteDocumentId: uuid('statute_document_id'),
	statuteConferenceId: uuid('statute_conference_id'),
	...timestamps
});

export const participants = pgTable(
	'participants',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		code: text('code').notNull(),
		kind: participantKind('kind').notNull(),
		status: participantStatus('status').notNull(),
		name: jsonb('name').$type<LocalizedText>().notNull(),
		ministry: jsonb('ministry').$type<LocalizedText>().notNull().default({}),
		countryCode: text('country_code'),
		...timestamps
	},
	(t) => [uniqueIndex('participants_network_code').on(t.networkId, t.code)]
);

export const conferences = pgTable(
	'conferences',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		edition: integer('edition').notNull(),
		name: jsonb('name').$type<LocalizedText>().notNull(),
		city: text('city'),
		countryCode: text('country_code').notNull(),
		hostParticipantId: uuid('host_participant_id').references(() => participants.id),
		year: integer('year').notNull(),
		startsOn: date('starts_on'),
		endsOn: date('ends_on'),
		...timestamps
	},
	(t) => [uniqueIndex('conferences_network_edition').on(t.networkId, t.edition)]
);

export const presidencyTerms = pgTable(
	'presidency_terms',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id')
			.notNull()
			.references(() => participants.id),
		conferenceId: uuid('conference_id').references(() => conferences.id),
		startsOn: date('starts_on').notNull(),
		/** Null while the term is open: it ends when the next term starts. */
		endsOn: date('ends_on'),
		...timestamps
	},
	(t) => [uniqueIndex('presidency_terms_network_start').on(t.networkId, t.startsOn)]
);

export const users = pgTable(
	'users',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		email: text('email').notNull(),
		name: text('name').notNull().default(''),
		passwordHash: text('password_hash'),
		participantId: uuid('participant_id').references(() => participants.id),
		role: userRole('role'),
		isAdmin: boolean('is_admin').notNull().default(false),
		totpSecret: text('totp_secret'),
		totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
		/** The last TOTP time step accepted, so a code cannot be used twice. */
		totpLastStep: integer('totp_last_step'),
		locale: text('locale'),
		timeZone: text('time_zone'),
		active: boolean('active').notNull().default(true),
		...timestamps
	},
	(t) => [uniqueIndex('users_email_lower').on(sql`lower(${t.email})`)]
);

export const sessions = pgTable(
	'sessions',
	{
		/** SHA-256 of the cookie value; the cookie value itself is never stored. */
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** False until the second factor is checked, for users who have one. */
		secondFactorDone: boolean('second_factor_done').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
	},
	(t) => [index('sessions_user').on(t.userId)]
);

export const apiTokens = pgTable('api_tokens', {
	id: uuid('id').primaryKey().defaultRandom(),
	userId: uuid('user_id')
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	name: text('name').notNull(),
	tokenHash: text('token_hash').notNull().unique(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
	revokedAt: timestamp('revoked_at', { withTimezone: true })
});

export const oneTimeTokens = pgTable('one_time_tokens', {
	id: uuid('id').primaryKey().defaultRandom(),
	purpose: oneTimeTokenPurpose('purpose').notNull(),
	tokenHash: text('token_hash').notNull().unique(),
	userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
	usedAt: timestamp('used_at', { withTimezone: true })
});

export const loginAttempts = pgTable(
	'login_attempts',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		/** Lower-cased email, "ip:<address>", or "totp:<user id>" for second-factor codes. */
		key: text('key').notNull(),
		succeeded: boolean('succeeded').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('login_attempts_key_at').on(t.key, t.at)]
);

export const outbox = pgTable('outbox', {
	id: uuid('id').primaryKey().defaultRandom(),
	recipient: text('recipient').notNull(),
	subject: text('subject').notNull(),
	textBody: text('text_body').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	sentAt: timestamp('sent_at', { withTimezone: true }),
	/** A delivery pass holds the message until then, so two processes never send it both. */
	claimedUntil: timestamp('claimed_until', { withTimezone: true }),
	lastError: text('last_error')
});

export const signatures = pgTable('signatures', {
	id: uuid('id').primaryKey().defaultRandom(),
	participantId: uuid('participant_id')
		.notNull()
		.references(() => participants.id, { onDelete: 'cascade' }),
	documentId: uuid('document_id')
		.notNull()
		.references(() => documents.id, { onDelete: 'cascade' }),
	conferenceId: uuid('conference_id').references(() => conferences.id),
	signerName: text('signer_name').notNull(),
	signerTitle: text('signer_title').notNull(),
	signedOn: date('signed_on'),
	...timestamps
});

/**
 * Every protected record carries these columns; the row-level security policies read them.
 * `ownerId` is the owning participant; `releasedTo` lists the participants a `named` record is
 * released to. Fresh builders on each call, one set per table.
 */
export function releasabilityColumns(options: { defaultLevel?: 'members' } = {}) {
	const level = releasabilityLevel('level').notNull();
	return {
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		ownerId: uuid('owner_id')
			.notNull()
			.references(() => participants.id),
		level: options.defaultLevel ? level.default(options.defaultLevel) : level,
		releasedTo: uuid('released_to')
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`)
	};
}

export const documents = pgTable(
	'documents',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		...releasabilityColumns(),
		title: text('title').notNull(),
		kind: documentKind('kind').notNull(),
		category: documentCategory('category').notNull().default('other'),
		language: text('language').notNull(),
		/** The original this document translates; null for an original. */
		translationOf: uuid('translation_of'),
		/** How a translation was made: by a person or by a machine. Null for an original. */
		translationMethod: translationMethod('translation_method'),
		documentDate: date('document_date'),
		body: text('body').notNull().default(''),
		version: integer('version').notNull().default(1),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		/**
		 * Title (weight A), text (B) and the attached PDF's text (C), stemmed in the document's
		 * language with accents dropped; a trigger keeps it on every write (drizzle: library_rls).
		 */
		searchVector: tsvector('search_vector'),
		...timestamps
	},
	(t) => [
		// Written through at once: the embedded database has no autovacuum to merge a pending list,
		// which every search would otherwise read through.
		index('documents_search').using('gin', t.searchVector).with({ fastupdate: false }),
		index('documents_network_level').on(t.networkId, t.level),
		// The lists' order, so a page is read off the index instead of sorting every visible row.
		index('documents_network_order').on(
			t.networkId,
			t.documentDate.desc().nullsFirst(),
			t.title,
			t.id
		),
		index('documents_owner').on(t.ownerId),
		index('documents_translation_of').on(t.translationOf),
		// A translation family's versions, which the library search looks up for each family found.
		index('documents_family').on(t.networkId, sql`coalesce(${t.translationOf}, ${t.id})`)
	]
);

export const documentFiles = pgTable('document_files', {
	documentId: uuid('document_id')
		.primaryKey()
		.references(() => documents.id, { onDelete: 'cascade' }),
	filename: text('filename').notNull(),
	contentType: text('content_type').notNull(),
	size: integer('size').notNull(),
	data: bytea('data').notNull(),
	/** The PDF's text as read on upload, searched with the document; empty when none was found. */
	text: text('text').notNull().default(''),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const auditLog = pgTable(
	'audit_log',
	{
		seq: bigserial('seq', { mode: 'number' }).primaryKey(),
		occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
		actorUserId: uuid('actor_user_id'),
		actorParticipantId: uuid('actor_participant_id'),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: text('entity_id'),
		networkId: uuid('network_id'),
		/** JSON text exactly as hashed, so verification never depends on re-serialisation. */
		details: text('details').notNull(),
		prevHash: text('prev_hash').notNull(),
		hash: text('hash').notNull()
	},
	(t) => [index('audit_log_entity').on(t.entityType, t.entityId)]
);

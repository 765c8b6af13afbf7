// Tables of the governance area; shared tables and enums come from ./schema-core.
import { sql } from 'drizzle-orm';
import {
	bigserial,
	boolean,
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
	participantKind,
	participants,
	presidencyTerms,
	users,
	type LocalizedText,
	releasabilityColumns
} from './schema-core';

export const governanceBodyKind = pgEnum('governance_body_kind', ['secretariat', 'working_group']);
export const decisionKind = pgEnum('decision_kind', [
	'admit_observer',
	'approve_calendar',
	'adopt_declaration',
	'general'
]);
export const decisionStatus = pgEnum('decision_status', [
	'open',
	'adopted',
	'rejected',
	'withdrawn'
]);
export const decisionPosition = pgEnum('decision_position', ['concur', 'abstain', 'object']);
export const decisionEventKind = pgEnum('decision_event_kind', [
	'opened',
	'position',
	'extended',
	'withdrawn',
	'adopted',
	'rejected'
]);
/**
 * Who sees the positions on a decision besides the participant that took each one and the opener:
 * `all` the eligible signatories (the default), `own` nobody else, `everyone` every reader of the
 * decision, when the Presidency chose so on opening. The others see the outcome and the counts.
 */
export const positionsVisibility = pgEnum('positions_visibility', ['all', 'own', 'everyone']);
export const decisionNotificationKind = pgEnum('decision_notification_kind', [
	'opened',
	'reminder',
	'outcome'
]);

/** The Technical Secretariat (one per network) and the working groups, with their members. */
export const governanceBodies = pgTable(
	'governance_bodies',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		kind: governanceBodyKind('kind').notNull(),
		/** Stable short name, unique in the network: "secretariat", "technical-working-group". */
		code: text('code').notNull(),
		name: jsonb('name').$type<LocalizedText>().notNull(),
		mandate: jsonb('mandate').$type<LocalizedText>().notNull().default({}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('governance_bodies_network_code').on(t.networkId, t.code),
		// A network has one Technical Secretariat.
		uniqueIndex('governance_bodies_one_secretariat')
			.on(t.networkId)
			.where(sql`kind = 'secretariat'`)
	]
);

export const governanceBodyMembers = pgTable(
	'governance_body_members',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		bodyId: uuid('body_id')
			.notNull()
			.references(() => governanceBodies.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id')
			.notNull()
			.references(() => participants.id, { onDelete: 'cascade' }),
		representativeName: text('representative_name').notNull().default(''),
		representativeTitle: text('representative_title').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	// One representative per participant and body (Lima §6b).
	(t) => [uniqueIndex('governance_body_members_body_participant').on(t.bodyId, t.participantId)]
);

/** Who handed the Presidency over, to whom, and when; the terms themselves are registry records. */
export const presidencyHandovers = pgTable(
	'presidency_handovers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		fromTermId: uuid('from_term_id').references(() => presidencyTerms.id),
		toTermId: uuid('to_term_id')
			.notNull()
			.references(() => presidencyTerms.id),
		fromParticipantId: uuid('from_participant_id').references(() => participants.id),
		toParticipantId: uuid('to_participant_id')
			.notNull()
			.references(() => participants.id),
		handedOverOn: date('handed_over_on').notNull(),
		note: text('note').notNull().default(''),
		recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('presidency_handovers_to_term').on(t.toTermId)]
);

/**
 * A ministry asking to join as an observer. It is not a participant until an `admit_observer`
 * decision about it is adopted; then it becomes one, with status observer.
 */
export const observerCandidates = pgTable(
	'observer_candidates',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		code: text('code').notNull(),
		kind: participantKind('kind').notNull(),
		name: jsonb('name').$type<LocalizedText>().notNull(),
		ministry: jsonb('ministry').$type<LocalizedText>().notNull().default({}),
		countryCode: text('country_code'),
		admittedParticipantId: uuid('admitted_participant_id').references(() => participants.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('observer_candidates_network_code').on(t.networkId, t.code)]
);

/**
 * A decision by silence procedure. `status`, `deadline` and `outcome_at` are the current state
 * for queries; the record is the append-only `decision_events`.
 */
export const decisions = pgTable(
	'decisions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Owned by the participant that opened it: the Presidency or a member of the Secretariat. */
		...releasabilityColumns(),
		kind: decisionKind('kind').notNull(),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		text: jsonb('text').$type<LocalizedText>().notNull(),
		subjectCandidateId: uuid('subject_candidate_id').references(() => observerCandidates.id),
		subjectDeclarationId: uuid('subject_declaration_id'),
		/** Free-text subject for the other kinds, such as the calendar year. */
		subjectNote: text('subject_note').notNull().default(''),
		deadline: timestamp('deadline', { withTimezone: true }).notNull(),
		positionsVisibility: positionsVisibility('positions_visibility').notNull(),
		/** The member signatories when it was opened: only they may take a position. */
		eligible: uuid('eligible').array().notNull(),
		status: decisionStatus('status').notNull().default('open'),
		outcomeAt: timestamp('outcome_at', { withTimezone: true }),
		openedBy: uuid('opened_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('decisions_network_status').on(t.networkId, t.status),
		index('decisions_status_deadline').on(t.status, t.deadline)
	]
);

/** Append-only (a trigger refuses UPDATE and DELETE): the order of `seq` is the order of events. */
export const decisionEvents = pgTable(
	'decision_events',
	{
		seq: bigserial('seq', { mode: 'number' }).primaryKey(),
		decisionId: uuid('decision_id')
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		kind: decisionEventKind('kind').notNull(),
		participantId: uuid('participant_id').references(() => participants.id),
		userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
		position: decisionPosition('position'),
		comment: text('comment').notNull().default(''),
		/** For `opened` and `extended`: the deadline from then on. */
		deadline: timestamp('deadline', { withTimezone: true }),
		at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow()
	},
	(t) => [index('decision_events_decision').on(t.decisionId, t.seq)]
);

/** Mail waiting to go out in the next digest to its recipient; each is sent once. */
export const decisionNotifications = pgTable(
	'decision_notifications',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		decisionId: uuid('decision_id')
			.notNull()
			.references(() => decisions.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: decisionNotificationKind('kind').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('decision_notifications_once').on(t.decisionId, t.userId, t.kind),
		index('decision_notifications_pending').on(t.sentAt)
	]
);

export const declarationStatus = pgEnum('declaration_status', ['drafting', 'adopted']);
export const declarationPart = pgEnum('declaration_part', ['preamble', 'operative']);
export const amendmentKind = pgEnum('amendment_kind', ['replace', 'insert_after', 'delete']);
export const amendmentStatus = pgEnum('amendment_status', ['proposed', 'accepted', 'rejected']);

/**
 * How each language of a paragraph was written: by a person or a machine, and whether it still
 * says what the other languages say (`stale` once another language changed without it).
 * A language absent here but present in `text` is human and current (texts before this record).
 */
export type ParagraphLanguages = Partial<
	Record<'es' | 'en' | 'pt' | 'fr', { source: 'human' | 'machine'; stale: boolean }>
>;

/** A paragraph as a version keeps it; numbers count within each part. */
export interface DeclarationSnapshotParagraph {
	id: string;
	part: 'preamble' | 'operative';
	number: number;
	text: LocalizedText;
	/** Absent in versions kept before languages were tracked. */
	languages?: ParagraphLanguages;
}

/**
 * The Declaration of a conference edition. A draft is seen by the network (level `network`); once
 * adopted it is public and frozen: no paragraph, amendment or version changes any more.
 */
export const declarations = pgTable(
	'declarations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Owned by the Presidency that started the draft. */
		...releasabilityColumns(),
		conferenceId: uuid('conference_id')
			.notNull()
			.references(() => conferences.id),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		/** The unnumbered words before each part ("Considering,", "Declare:"); not amended. */
		preambleIntro: jsonb('preamble_intro').$type<LocalizedText>().notNull().default({}),
		operativeIntro: jsonb('operative_intro').$type<LocalizedText>().notNull().default({}),
		status: declarationStatus('status').notNull().default('drafting'),
		frozen: boolean('frozen').notNull().default(false),
		adoptedAt: timestamp('adopted_at', { withTimezone: true }),
		adoptionDecisionId: uuid('adoption_decision_id').references(() => decisions.id),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('declarations_network').on(t.networkId, t.status)]
);

/** `ordinal` orders the whole text; the printed number is the place within the part. */
export const declarationParagraphs = pgTable(
	'declaration_paragraphs',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		declarationId: uuid('declaration_id')
			.notNull()
			.references(() => declarations.id, { onDelete: 'cascade' }),
		part: declarationPart('part').notNull(),
		ordinal: integer('ordinal').notNull(),
		text: jsonb('text').$type<LocalizedText>().notNull(),
		languages: jsonb('languages').$type<ParagraphLanguages>().notNull().default({}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('declaration_paragraphs_order').on(t.declarationId, t.ordinal)]
);

export const declarationAmendments = pgTable(
	'declaration_amendments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		declarationId: uuid('declaration_id')
			.notNull()
			.references(() => declarations.id, { onDelete: 'cascade' }),
		/** Null once an accepted deletion has removed the paragraph. */
		paragraphId: uuid('paragraph_id').references(() => declarationParagraphs.id, {
			onDelete: 'set null'
		}),
		/** The paragraph as it was numbered when the amendment was proposed, e.g. "operative 3". */
		paragraphLabel: text('paragraph_label').notNull(),
		kind: amendmentKind('kind').notNull(),
		text: jsonb('text').$type<LocalizedText>().notNull().default({}),
		justification: text('justification').notNull(),
		proposerId: uuid('proposer_id')
			.notNull()
			.references(() => participants.id),
		proposedBy: uuid('proposed_by').references(() => users.id, { onDelete: 'set null' }),
		status: amendmentStatus('status').notNull().default('proposed'),
		decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		/** The version an accepted amendment produced. */
		versionNumber: integer('version_number'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('declaration_amendments_declaration').on(t.declarationId, t.createdAt)]
);

/** Every change to the text makes a version holding the whole text as it then stood. */
export const declarationVersions = pgTable(
	'declaration_versions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		declarationId: uuid('declaration_id')
			.notNull()
			.references(() => declarations.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		paragraphs: jsonb('paragraphs').$type<DeclarationSnapshotParagraph[]>().notNull(),
		reason: text('reason').notNull(),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('declaration_versions_number').on(t.declarationId, t.number)]
);

export const declarationSignatures = pgTable(
	'declaration_signatures',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		declarationId: uuid('declaration_id')
			.notNull()
			.references(() => declarations.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id')
			.notNull()
			.references(() => participants.id),
		signatoryName: text('signatory_name').notNull(),
		signatoryTitle: text('signatory_title').notNull(),
		signedOn: date('signed_on').notNull(),
		recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('declaration_signatures_participant').on(t.declarationId, t.participantId)]
);

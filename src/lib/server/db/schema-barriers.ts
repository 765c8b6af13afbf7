// Tables of the barriers area: MOWIP-style self-assessments of the barriers to women's deployment,
// their ten issue areas, recommendations with their follow-up, and the anonymous personnel survey.
// Shared tables and enums come from ./schema-core.
import { sql } from 'drizzle-orm';
import {
	bigserial,
	check,
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
import { releasabilityColumns, users } from './schema-core';

export const barrierScope = pgEnum('barrier_scope', ['armed_forces', 'police', 'both']);
export const barrierStatus = pgEnum('barrier_status', [
	'draft',
	'in_progress',
	'validated',
	'published'
]);
/** MOWIP's ten issue areas, in the order of its methodology. */
export const barrierArea = pgEnum('barrier_area', [
	'eligible_pool',
	'deployment_criteria',
	'deployment_selection',
	'household_constraints',
	'peace_operations_infrastructure',
	'peace_operations_experiences',
	'career_value',
	'top_down_leadership',
	'gender_roles',
	'social_exclusion'
]);
/** From the heaviest barrier to the strongest opportunity. */
export const barrierFinding = pgEnum('barrier_finding', [
	'major_barrier',
	'barrier',
	'neutral',
	'opportunity',
	'major_opportunity'
]);
export const barrierPriority = pgEnum('barrier_priority', ['high', 'medium', 'low']);
export const barrierRecommendationStatus = pgEnum('barrier_recommendation_status', [
	'planned',
	'in_progress',
	'done',
	'dropped'
]);
export const barrierRespondentGender = pgEnum('barrier_respondent_gender', [
	'woman',
	'man',
	'other',
	'undisclosed'
]);

/** One answer of the fact-finding form: a number, yes or no, or a short text. */
export type BarrierFactValue = number | boolean | string;

/** A participant's assessment of one year, for its armed forces, its police or both. */
export const barrierAssessments = pgTable(
	'barrier_assessments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		...releasabilityColumns(),
		year: integer('year').notNull(),
		scope: barrierScope('scope').notNull(),
		status: barrierStatus('status').notNull().default('draft'),
		notes: text('notes').notNull().default(''),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('barrier_assessments_owner_year_scope').on(t.ownerId, t.year, t.scope),
		index('barrier_assessments_network').on(t.networkId, t.year)
	]
);

/** The finding of one issue area, with its evidence and the fact-finding answers behind it. */
export const barrierAssessmentAreas = pgTable(
	'barrier_assessment_areas',
	{
		assessmentId: uuid('assessment_id')
			.notNull()
			.references(() => barrierAssessments.id, { onDelete: 'cascade' }),
		area: barrierArea('area').notNull(),
		/** Null while the area is a draft: facts gathered, no finding yet. */
		finding: barrierFinding('finding'),
		evidence: text('evidence').notNull().default(''),
		sources: text('sources').notNull().default(''),
		facts: jsonb('facts').$type<Record<string, BarrierFactValue>>().notNull().default({}),
		updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.assessmentId, t.area] })]
);

/** What the assessment recommends for an area, followed until done or dropped. */
export const barrierRecommendations = pgTable(
	'barrier_recommendations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		assessmentId: uuid('assessment_id')
			.notNull()
			.references(() => barrierAssessments.id, { onDelete: 'cascade' }),
		area: barrierArea('area').notNull(),
		text: text('text').notNull(),
		priority: barrierPriority('priority').notNull(),
		/** The office or post that answers for it, as the participant names it. */
		responsible: text('responsible').notNull().default(''),
		dueOn: date('due_on'),
		status: barrierRecommendationStatus('status').notNull().default('planned'),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('barrier_recommendations_assessment').on(t.assessmentId),
		index('barrier_recommendations_due').on(t.dueOn)
	]
);

/** Each step of a recommendation's follow-up: its status then and what was done. */
export const barrierRecommendationUpdates = pgTable(
	'barrier_recommendation_updates',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		recommendationId: uuid('recommendation_id')
			.notNull()
			.references(() => barrierRecommendations.id, { onDelete: 'cascade' }),
		status: barrierRecommendationStatus('status').notNull(),
		note: text('note').notNull().default(''),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('barrier_recommendation_updates_recommendation').on(t.recommendationId)]
);

/** The personnel survey of an assessment, answered through the link that holds `token`. */
export const barrierSurveys = pgTable('barrier_surveys', {
	id: uuid('id').primaryKey().defaultRandom(),
	assessmentId: uuid('assessment_id')
		.notNull()
		.unique()
		.references(() => barrierAssessments.id, { onDelete: 'cascade' }),
	token: text('token').notNull().unique(),
	openedBy: uuid('opened_by').references(() => users.id, { onDelete: 'set null' }),
	openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
	closedAt: timestamp('closed_at', { withTimezone: true })
});

/**
 * One anonymous answer to a survey. It holds no user, no address and no time finer than the day;
 * `seq` orders answers so that results are released in whole groups. Nobody reads these rows:
 * the application role has no grant on them, and results come only from aggregate functions that
 * apply the group threshold (drizzle: barriers_rls).
 */
export const barrierSurveyResponses = pgTable(
	'barrier_survey_responses',
	{
		seq: bigserial('seq', { mode: 'number' }).primaryKey(),
		surveyId: uuid('survey_id')
			.notNull()
			.references(() => barrierSurveys.id, { onDelete: 'cascade' }),
		answeredOn: date('answered_on').notNull(),
		gender: barrierRespondentGender('gender').notNull(),
		/** Issue area → agreement from 1 (strongly disagree) to 5 (strongly agree). */
		answers: jsonb('answers').$type<Record<string, number>>().notNull(),
		/** The random value of the form it came from, so that a form sent twice counts once. */
		nonce: text('nonce').notNull()
	},
	(t) => [
		uniqueIndex('barrier_survey_responses_nonce').on(t.surveyId, t.nonce),
		check('barrier_survey_responses_nonce_length', sql`length(nonce) BETWEEN 16 AND 64`)
	]
);

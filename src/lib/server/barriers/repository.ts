import { and, asc, desc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import {
	barrierAssessmentAreas,
	barrierAssessments,
	barrierRecommendations,
	barrierRecommendationUpdates,
	barrierSurveys,
	participants
} from '../db/schema';

export type AssessmentRow = typeof barrierAssessments.$inferSelect;
export type AreaRow = typeof barrierAssessmentAreas.$inferSelect;
export type RecommendationRow = typeof barrierRecommendations.$inferSelect;
export type RecommendationUpdateRow = typeof barrierRecommendationUpdates.$inferSelect;
export type SurveyRow = typeof barrierSurveys.$inferSelect;

export async function insertAssessment(
	q: Queryable,
	row: typeof barrierAssessments.$inferInsert & { id: string }
): Promise<void> {
	// No RETURNING: an administrator may create an assessment it is not allowed to read back.
	await q.insert(barrierAssessments).values(row);
}

/** Whether the participant already has an assessment of that year and scope (unique). */
export async function assessmentExists(
	q: Queryable,
	ownerId: string,
	year: number,
	scope: AssessmentRow['scope']
): Promise<boolean> {
	const rows = await q
		.select({ id: barrierAssessments.id })
		.from(barrierAssessments)
		.where(
			and(
				eq(barrierAssessments.ownerId, ownerId),
				eq(barrierAssessments.year, year),
				eq(barrierAssessments.scope, scope)
			)
		)
		.limit(1);
	return rows.length > 0;
}

export async function findAssessment(q: Queryable, networkId: string, id: string) {
	const [row] = await q
		.select({ assessment: barrierAssessments, ownerCode: participants.code })
		.from(barrierAssessments)
		.innerJoin(participants, eq(participants.id, barrierAssessments.ownerId))
		.where(and(eq(barrierAssessments.networkId, networkId), eq(barrierAssessments.id, id)))
		.limit(1);
	return row;
}

export interface AssessmentFilter {
	ownerId?: string | undefined;
	year?: number | undefined;
	publishedOnly?: boolean;
}

/** The assessments row-level security lets the reader see, the latest year first. */
export function listAssessmentRows(q: Queryable, networkId: string, filter: AssessmentFilter) {
	return q
		.select({ assessment: barrierAssessments, ownerCode: participants.code })
		.from(barrierAssessments)
		.innerJoin(participants, eq(participants.id, barrierAssessments.ownerId))
		.where(
			and(
				eq(barrierAssessments.networkId, networkId),
				filter.ownerId ? eq(barrierAssessments.ownerId, filter.ownerId) : undefined,
				filter.year ? eq(barrierAssessments.year, filter.year) : undefined,
				filter.publishedOnly ? eq(barrierAssessments.status, 'published') : undefined
			)
		)
		.orderBy(desc(barrierAssessments.year), asc(participants.code), asc(barrierAssessments.scope));
}

export async function updateAssessmentRow(
	q: Queryable,
	id: string,
	changes: Partial<typeof barrierAssessments.$inferInsert>
): Promise<number> {
	const result = await q
		.update(barrierAssessments)
		.set({ ...changes, updatedAt: new Date() })
		.where(eq(barrierAssessments.id, id))
		.returning({ id: barrierAssessments.id });
	return result.length;
}

export function listAreasOf(q: Queryable, assessmentIds: readonly string[]) {
	if (assessmentIds.length === 0) return Promise.resolve([] as AreaRow[]);
	return q
		.select()
		.from(barrierAssessmentAreas)
		.where(inArray(barrierAssessmentAreas.assessmentId, [...assessmentIds]));
}

export async function upsertArea(
	q: Queryable,
	row: typeof barrierAssessmentAreas.$inferInsert
): Promise<void> {
	const { assessmentId: _a, area: _b, ...changes } = row;
	await q
		.insert(barrierAssessmentAreas)
		.values(row)
		.onConflictDoUpdate({
			target: [barrierAssessmentAreas.assessmentId, barrierAssessmentAreas.area],
			set: changes
		});
}

export async function insertRecommendation(
	q: Queryable,
	row: typeof barrierRecommendations.$inferInsert & { id: string }
): Promise<void> {
	await q.insert(barrierRecommendations).values(row);
}

export async function findRecommendation(q: Queryable, assessmentId: string, id: string) {
	const [row] = await q
		.select()
		.from(barrierRecommendations)
		.where(
			and(eq(barrierRecommendations.assessmentId, assessmentId), eq(barrierRecommendations.id, id))
		)
		.limit(1);
	return row;
}

export function listRecommendationRows(q: Queryable, assessmentIds: readonly string[]) {
	if (assessmentIds.length === 0) return Promise.resolve([] as RecommendationRow[]);
	return q
		.select()
		.from(barrierRecommendations)
		.where(inArray(barrierRecommendations.assessmentId, [...assessmentIds]))
		.orderBy(
			asc(barrierRecommendations.area),
			sql`${barrierRecommendations.dueOn} ASC NULLS LAST`,
			asc(barrierRecommendations.createdAt)
		);
}

export async function updateRecommendationRow(
	q: Queryable,
	id: string,
	changes: Partial<typeof barrierRecommendations.$inferInsert>
): Promise<number> {
	const result = await q
		.update(barrierRecommendations)
		.set({ ...changes, updatedAt: new Date() })
		.where(eq(barrierRecommendations.id, id))
		.returning({ id: barrierRecommendations.id });
	return result.length;
}

export async function insertRecommendationUpdate(
	q: Queryable,
	row: typeof barrierRecommendationUpdates.$inferInsert
): Promise<void> {
	await q.insert(barrierRecommendationUpdates).values(row);
}

export function listRecommendationUpdates(q: Queryable, recommendationIds: readonly string[]) {
	if (recommendationIds.length === 0) return Promise.resolve([] as RecommendationUpdateRow[]);
	return q
		.select()
		.from(barrierRecommendationUpdates)
		.where(inArray(barrierRecommendationUpdates.recommendationId, [...recommendationIds]))
		.orderBy(asc(barrierRecommendationUpdates.createdAt));
}

export async function findSurveyOf(q: Queryable, assessmentId: string) {
	const [row] = await q
		.select()
		.from(barrierSurveys)
		.where(eq(barrierSurveys.assessmentId, assessmentId))
		.limit(1);
	return row;
}

export function listSurveysOf(q: Queryable, assessmentIds: readonly string[]) {
	if (assessmentIds.length === 0) return Promise.resolve([] as SurveyRow[]);
	return q
		.select()
		.from(barrierSurveys)
		.where(inArray(barrierSurveys.assessmentId, [...assessmentIds]));
}

export async function insertSurvey(
	q: Queryable,
	row: typeof barrierSurveys.$inferInsert
): Promise<void> {
	await q.insert(barrierSurveys).values(row);
}

export async function setSurveyClosed(
	q: Queryable,
	assessmentId: string,
	closedAt: Date | null
): Promise<void> {
	await q
		.update(barrierSurveys)
		.set({ closedAt })
		.where(eq(barrierSurveys.assessmentId, assessmentId));
}

/** The rows of a raw query, from either driver (both answer `{ rows }`). */
function rowsOf<T>(result: unknown): T[] {
	return (result as { rows: T[] }).rows;
}

export interface SurveyByToken {
	surveyId: string;
	open: boolean;
	year: number;
	scope: AssessmentRow['scope'];
	ownerName: Record<string, string>;
}

/** The survey a public link opens, through the one function that may look it up by token. */
export async function findSurveyByToken(
	q: Queryable,
	token: string
): Promise<SurveyByToken | undefined> {
	const result = await q.execute(
		sql`SELECT survey_id AS "surveyId", open, year, scope, owner_name AS "ownerName"
			FROM app_barrier_survey_by_token(${token})`
	);
	return rowsOf<SurveyByToken>(result)[0];
}

export type AnswerOutcome = 'recorded' | 'repeated' | 'closed' | 'unknown' | 'invalid' | 'full';

/** Stores one anonymous answer through the database function that alone may write it. */
export async function storeSurveyAnswer(
	q: Queryable,
	token: string,
	gender: string,
	answers: Record<string, number>,
	nonce: string
): Promise<AnswerOutcome> {
	const result = await q.execute(
		sql`SELECT app_barrier_survey_answer(${token}, ${gender}::barrier_respondent_gender, ${JSON.stringify(answers)}::jsonb, ${nonce}) AS outcome`
	);
	return rowsOf<{ outcome: AnswerOutcome }>(result)[0]!.outcome;
}

export interface AggregateRow {
	grp: 'all' | 'woman' | 'man' | 'other';
	respondents: number;
	area: string;
	d1: number;
	d2: number;
	d3: number;
	d4: number;
	d5: number;
}

/** Aggregates for a reader of the assessment; empty for anyone else. */
export async function surveyAggregates(q: Queryable, surveyId: string): Promise<AggregateRow[]> {
	const result = await q.execute(
		sql`SELECT grp, respondents, area, d1, d2, d3, d4, d5 FROM app_barrier_survey_results(${surveyId})`
	);
	return rowsOf<AggregateRow>(result);
}

/** How many answers came; null for a caller who may not read the assessment. */
export async function surveyAnswerCount(q: Queryable, surveyId: string): Promise<number | null> {
	const result = await q.execute(sql`SELECT app_barrier_survey_answer_count(${surveyId}) AS n`);
	const n = rowsOf<{ n: number | string | null }>(result)[0]?.n ?? null;
	return n === null ? null : Number(n);
}

/**
 * The same aggregates and count for the owner's export, which runs as the database owner with no
 * acting user: the group threshold still applies.
 */
export async function unsafeSurveyAggregates(
	q: Queryable,
	surveyId: string
): Promise<{ rows: AggregateRow[]; received: number }> {
	const rows = rowsOf<AggregateRow>(
		await q.execute(
			sql`SELECT grp, respondents, area, d1, d2, d3, d4, d5 FROM barrier_survey_aggregate(${surveyId})`
		)
	);
	const [count] = rowsOf<{ n: number | string }>(
		await q.execute(
			sql`SELECT count(*) AS n FROM barrier_survey_responses WHERE survey_id = ${surveyId}`
		)
	);
	return { rows, received: Number(count?.n ?? 0) };
}

/** The reader's participant's open recommendations due by `until`, the earliest first. */
export function listDueRecommendationRows(
	q: Queryable,
	networkId: string,
	ownerId: string,
	until: string
) {
	return q
		.select({
			recommendation: barrierRecommendations,
			assessment: barrierAssessments
		})
		.from(barrierRecommendations)
		.innerJoin(barrierAssessments, eq(barrierAssessments.id, barrierRecommendations.assessmentId))
		.where(
			and(
				eq(barrierAssessments.networkId, networkId),
				eq(barrierAssessments.ownerId, ownerId),
				inArray(barrierRecommendations.status, ['planned', 'in_progress']),
				isNotNull(barrierRecommendations.dueOn),
				lte(barrierRecommendations.dueOn, until)
			)
		)
		.orderBy(asc(barrierRecommendations.dueOn));
}

export function listAssessmentsOwnedBy(q: Queryable, ownerId: string) {
	return q
		.select()
		.from(barrierAssessments)
		.where(eq(barrierAssessments.ownerId, ownerId))
		.orderBy(asc(barrierAssessments.year), asc(barrierAssessments.scope));
}

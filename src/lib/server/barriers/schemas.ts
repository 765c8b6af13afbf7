import { z } from 'zod';
import { releasabilitySchema } from '../access/releasability';
import { releasabilityLevels } from '$lib/releasability/levels';
import {
	agreementLevels,
	barrierAreas,
	barrierFindings,
	barrierPriorities,
	barrierScopes,
	barrierStatuses,
	factQuestions,
	recommendationStatuses,
	respondentGenders,
	type BarrierArea
} from '$lib/components/barriers/vocabulary';

export {
	barrierAreas,
	barrierFindings,
	barrierPriorities,
	barrierScopes,
	barrierStatuses,
	recommendationStatuses,
	respondentGenders
} from '$lib/components/barriers/vocabulary';

const year = z.number().int().min(2000).max(2100);

export const createAssessmentSchema = z.object({
	year,
	scope: z.enum(barrierScopes),
	notes: z.string().trim().max(4000).default(''),
	releasability: releasabilitySchema
});
export type CreateAssessmentInput = z.infer<typeof createAssessmentSchema>;

export const updateAssessmentSchema = z
	.object({
		status: z.enum(barrierStatuses),
		notes: z.string().trim().max(4000),
		releasability: releasabilitySchema
	})
	.partial();
export type UpdateAssessmentInput = z.infer<typeof updateAssessmentSchema>;

/** An issue area named in an address; anything else is refused as invalid input (422). */
export const areaSchema = z.enum(barrierAreas, { message: 'bar_err_unknown_area' });

const factValue = z.union([z.number().int().min(0).max(10_000_000), z.boolean(), z.string()]);

/** Answers of one area's fact-finding form: only its questions, each of its kind. */
function checkFacts(area: BarrierArea, facts: Record<string, unknown>, issue: z.RefinementCtx) {
	const questions = factQuestions[area];
	for (const [id, value] of Object.entries(facts)) {
		const question = questions.find((q) => q.id === id);
		const ok =
			question !== undefined &&
			((question.kind === 'count' && typeof value === 'number') ||
				(question.kind === 'yes_no' && typeof value === 'boolean') ||
				(question.kind === 'text' && typeof value === 'string' && value.length <= 2000));
		if (!ok) issue.addIssue({ code: 'custom', path: ['facts', id], message: 'bar_err_fact' });
	}
	const women = facts.women;
	const total = facts.total;
	if (typeof women === 'number' && typeof total === 'number' && women > total) {
		issue.addIssue({ code: 'custom', path: ['facts', 'women'], message: 'bar_err_women_total' });
	}
}

/**
 * An area's finding (null keeps it a draft), evidence, sources and fact-finding answers. The
 * area comes from the address, so the facts are checked against it by `areaInputSchema`.
 */
const areaFields = z.object({
	finding: z.enum(barrierFindings, { message: 'bar_err_unknown_finding' }).nullable().default(null),
	evidence: z.string().trim().max(20_000).default(''),
	sources: z.string().trim().max(4000).default(''),
	facts: z.record(z.string().max(60), factValue).default({})
});

export function areaInputSchema(area: BarrierArea) {
	return areaFields.superRefine((value, issue) => {
		if (typeof value !== 'object' || value === null) return;
		checkFacts(area, value.facts, issue);
	});
}
/** The body of `PUT …/areas/{area}`, as the OpenAPI document describes it. */
export const recordAreaSchema = areaFields;
export type RecordAreaInput = z.infer<typeof areaFields>;

const isoDate = z.iso.date({ message: 'bar_err_date' });

export const createRecommendationSchema = z.object({
	area: areaSchema,
	text: z.string().trim().min(1).max(4000),
	priority: z.enum(barrierPriorities),
	responsible: z.string().trim().max(200).default(''),
	dueOn: isoDate.nullable().optional(),
	status: z.enum(recommendationStatuses).default('planned')
});
export type CreateRecommendationInput = z.infer<typeof createRecommendationSchema>;

/** A step of a recommendation's follow-up: its new status and what was done. */
export const recommendationUpdateSchema = z.object({
	status: z.enum(recommendationStatuses),
	note: z.string().trim().max(4000).default(''),
	dueOn: isoDate.nullable().optional()
});
export type RecommendationUpdateInput = z.infer<typeof recommendationUpdateSchema>;

export const listAssessmentsQuerySchema = z.object({
	participant: z
		.string()
		.trim()
		.max(40)
		.optional()
		.describe('code of the participant whose assessments to list'),
	year: z.coerce.number().int().min(2000).max(2100).optional()
});
export type ListAssessmentsQuery = z.infer<typeof listAssessmentsQuerySchema>;

export const regionalQuerySchema = z.object({
	year: z.coerce.number().int().min(2000).max(2100).optional()
});

const agreement = z
	.number()
	.int()
	.refine((v) => (agreementLevels as readonly number[]).includes(v), {
		message: 'bar_err_agreement'
	});

/** One anonymous answer: the respondent's gender (a grouping only) and each area's agreement. */
export const surveyResponseSchema = z.object({
	gender: z.enum(respondentGenders, { message: 'bar_err_gender' }),
	answers: z
		.object(
			Object.fromEntries(barrierAreas.map((a) => [a, agreement])) as Record<
				BarrierArea,
				typeof agreement
			>
		)
		.strict(),
	nonce: z
		.string()
		.regex(/^[A-Za-z0-9_-]{16,64}$/)
		.optional()
});
export type SurveyResponseInput = z.infer<typeof surveyResponseSchema>;

// Views, as the API answers them.

const releasabilityOut = z.object({
	level: z.enum(releasabilityLevels),
	participants: z.array(z.string())
});

export const areaViewSchema = z.object({
	area: z.enum(barrierAreas),
	finding: z.enum(barrierFindings).nullable(),
	evidence: z.string(),
	sources: z.string(),
	facts: z.record(z.string(), z.union([z.number(), z.boolean(), z.string()])),
	/** What the fact-finding answers point to, if they say enough. */
	suggestedFinding: z.enum(barrierFindings).nullable(),
	updatedAt: z.iso.datetime({ offset: true }).nullable()
});
export type AreaView = z.infer<typeof areaViewSchema>;

export const assessmentSchema = z.object({
	id: z.uuid(),
	network: z.string(),
	ownerCode: z.string(),
	year: z.number().int(),
	scope: z.enum(barrierScopes),
	status: z.enum(barrierStatuses),
	notes: z.string(),
	releasability: releasabilityOut,
	findingsRecorded: z.number().int(),
	publishedAt: z.iso.datetime({ offset: true }).nullable(),
	createdAt: z.iso.datetime({ offset: true }),
	updatedAt: z.iso.datetime({ offset: true })
});
export type AssessmentView = z.infer<typeof assessmentSchema>;

export const assessmentDetailSchema = assessmentSchema.extend({
	areas: z.array(areaViewSchema),
	survey: z
		.object({
			open: z.boolean(),
			openedAt: z.iso.datetime({ offset: true }),
			/** The public answer link, for those who may change the assessment only. */
			link: z.string().nullable()
		})
		.nullable()
});
export type AssessmentDetail = z.infer<typeof assessmentDetailSchema>;

export const assessmentListSchema = z.object({ items: z.array(assessmentSchema) });

export const recommendationUpdateViewSchema = z.object({
	status: z.enum(recommendationStatuses),
	note: z.string(),
	createdAt: z.iso.datetime({ offset: true })
});

export const recommendationSchema = z.object({
	id: z.uuid(),
	assessmentId: z.uuid(),
	area: z.enum(barrierAreas),
	text: z.string(),
	priority: z.enum(barrierPriorities),
	responsible: z.string(),
	dueOn: z.iso.date().nullable(),
	status: z.enum(recommendationStatuses),
	updates: z.array(recommendationUpdateViewSchema),
	createdAt: z.iso.datetime({ offset: true }),
	updatedAt: z.iso.datetime({ offset: true })
});
export type RecommendationView = z.infer<typeof recommendationSchema>;

export const recommendationListSchema = z.object({ items: z.array(recommendationSchema) });

export const surveyOpenedSchema = z.object({
	/** The public page where personnel answer, without signing in. */
	link: z.string(),
	/** The address machines post answers to. */
	responsesUrl: z.string(),
	open: z.boolean()
});

export const surveyAnsweredSchema = z.object({ recorded: z.boolean() });

const groupResultSchema = z.object({
	group: z.enum(['all', 'woman', 'man', 'other']),
	respondents: z.number().int(),
	areas: z.array(
		z.object({
			area: z.enum(barrierAreas),
			/** How many answered 1 … 5. */
			distribution: z.array(z.number().int()).length(5),
			mean: z.number()
		})
	)
});

export const surveyResultsSchema = z.object({
	threshold: z.number().int(),
	/** Answers received; content is shown only in groups of at least `threshold`. */
	received: z.number().int(),
	/** Answers the aggregates cover: whole groups of `threshold`, in arrival order. */
	released: z.number().int(),
	groups: z.array(groupResultSchema),
	/** Whether a breakdown by gender was withheld because a group was too small. */
	breakdownWithheld: z.boolean()
});
export type SurveyResults = z.infer<typeof surveyResultsSchema>;

export const regionalViewSchema = z.object({
	year: z.number().int().nullable(),
	/** Assessments counted: published and released to the caller. */
	assessments: z.number().int(),
	participants: z.array(z.string()),
	areas: z.array(
		z.object({
			area: z.enum(barrierAreas),
			counts: z.object(
				Object.fromEntries(barrierFindings.map((f) => [f, z.number().int()])) as Record<
					(typeof barrierFindings)[number],
					z.ZodNumber
				>
			)
		})
	)
});
export type RegionalView = z.infer<typeof regionalViewSchema>;

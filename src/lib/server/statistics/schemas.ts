import { z } from 'zod';
import { personnelTypeOf, personnelTypes } from './categories';
import { monthPattern } from './months';

const month = z.string().regex(monthPattern, 'stats_error_month');

export const groupByValues = ['country', 'mission', 'type', 'month'] as const;

/** Query of GET /api/v1/statistics/contributions. */
export const contributionsQuerySchema = z
	.object({
		month: month.optional().describe('YYYY-MM; default: the latest month'),
		from: month.optional().describe('YYYY-MM, first month of a series'),
		to: month.optional().describe('YYYY-MM, last month of a series'),
		country: z
			.string()
			.transform((v) => v.toUpperCase())
			.pipe(z.string().regex(/^[A-Z]{3}$/, 'stats_error_country'))
			.optional()
			.describe('ISO 3166-1 alpha-3'),
		region: z
			.string()
			.regex(/^\d{3}$/, 'stats_error_region')
			.optional()
			.describe('UN M49 region code, e.g. 419'),
		network: z.string().min(1).max(64).optional().describe('network slug: its member countries'),
		mission: z
			.string()
			.min(2)
			.max(20)
			.transform((v) => v.toUpperCase())
			.optional()
			.describe('mission acronym'),
		type: z
			.string()
			.transform((v, ctx) => {
				const slug = personnelTypeOf(v);
				if (!slug) ctx.addIssue({ code: 'custom', message: 'stats_error_type' });
				return slug ?? personnelTypes[0];
			})
			.optional()
			.describe(`personnel type: ${personnelTypes.join(', ')}`),
		groupBy: z
			.enum(groupByValues)
			.optional()
			.describe('default: month for a series (from/to), country otherwise')
	})
	.refine((q) => !(q.month && (q.from || q.to)), {
		message: 'stats_error_month_and_range',
		path: ['month']
	})
	.refine((q) => !(q.from && q.to && q.from > q.to), {
		message: 'stats_error_range',
		path: ['to']
	});
export type ContributionsQuery = z.output<typeof contributionsQuerySchema>;

const figures = {
	total: z.number().int().nullable(),
	female: z.number().int().nullable(),
	male: z.number().int().nullable(),
	femaleShare: z.number().nullable()
};

export const qualitySchema = z.object({
	month: z.string(),
	issue: z.enum(['missing_month', 'gender_unreliable', 'mislabelled_row', 'incomplete_report']),
	detail: z.string()
});
export type Quality = z.infer<typeof qualitySchema>;

export const contributionRowSchema = z.object({
	/** Series grouped by something other than the month: the month of the row. */
	month: z.string().optional(),
	key: z.string(),
	label: z.string(),
	...figures,
	target: z.number().optional(),
	status: z.enum(['green', 'yellow', 'red']).optional()
});
export type ContributionRowOut = z.infer<typeof contributionRowSchema>;

export const contributionsResponseSchema = z.object({
	month: z.string().optional(),
	from: z.string().optional(),
	to: z.string().optional(),
	groupBy: z.enum(groupByValues),
	filters: z.object({
		country: z.string().optional(),
		region: z.string().optional(),
		network: z.string().optional(),
		mission: z.string().optional(),
		type: z.string().optional()
	}),
	rows: z.array(contributionRowSchema),
	totals: z.object({
		total: z.number().int(),
		female: z.number().int(),
		male: z.number().int(),
		femaleShare: z.number().nullable()
	}),
	quality: z.array(qualitySchema)
});
export type ContributionsResponse = z.infer<typeof contributionsResponseSchema>;

export const monthsResponseSchema = z.object({
	first: z.string().nullable(),
	latest: z.string().nullable(),
	available: z.array(z.string()),
	missing: z.array(
		z.object({ month: z.string(), printedTotal: z.number().int().nullable(), detail: z.string() })
	),
	quality: z.array(qualitySchema)
});
export type MonthsResponse = z.infer<typeof monthsResponseSchema>;

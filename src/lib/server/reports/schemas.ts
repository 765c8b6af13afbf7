import { z } from 'zod';
import { activityKinds } from '$lib/components/reports/kinds';
import { releasabilitySchema } from '../access/releasability';

export { activityKinds };
export type { ActivityKind } from '$lib/components/reports/kinds';

export const boardStatuses = ['not_started', 'draft', 'submitted', 'overdue'] as const;
export type BoardStatus = (typeof boardStatuses)[number];

export const consolidatedFormats = ['json', 'pdf', 'xlsx'] as const;
export type ConsolidatedFormat = (typeof consolidatedFormats)[number];

const levels = ['owner', 'named', 'members', 'members_and_observers', 'network', 'public'] as const;

const participantCode = z
	.string()
	.trim()
	.min(2)
	.max(40)
	.regex(/^[A-Za-z0-9-]+$/);
const isoDate = z.iso.date();

const localizedInput = z.object({
	es: z.string().trim().max(10_000).optional(),
	en: z.string().trim().max(10_000).optional(),
	pt: z.string().trim().max(10_000).optional(),
	fr: z.string().trim().max(10_000).optional()
});

export const openCycleSchema = z
	.object({
		title: z.string().trim().min(1).max(300),
		periodFrom: isoDate,
		periodTo: isoDate,
		dueOn: isoDate,
		instructions: localizedInput.default({}),
		/** Codes of the participants asked; all members when absent. */
		participants: z.array(participantCode).min(1).max(200).optional(),
		reminderOffsets: z.array(z.number().int().min(1).max(365)).max(6).default([14, 3])
	})
	.superRefine((value, issue) => {
		if (value.periodTo < value.periodFrom) {
			issue.addIssue({ code: 'custom', path: ['periodTo'], message: 'rep_err_period_order' });
		}
	});
export type OpenCycleInput = z.infer<typeof openCycleSchema>;

export const activityInputSchema = z
	.object({
		/** Chosen by the client for new activities, so that saving twice never duplicates one. */
		id: z.uuid().optional(),
		kind: z.enum(activityKinds),
		title: z.string().trim().min(1).max(300),
		startsOn: isoDate.nullable().optional(),
		endsOn: isoDate.nullable().optional(),
		mission: z.string().trim().min(2).max(40).nullable().optional(),
		female: z.number().int().min(0).max(1_000_000).default(0),
		male: z.number().int().min(0).max(1_000_000).default(0),
		partners: z.array(participantCode).max(100).default([]),
		description: z.string().max(20_000).default(''),
		/** Absent or null: the report's releasability. */
		releasability: releasabilitySchema.nullable().optional()
	})
	.superRefine((value, issue) => {
		if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) {
			issue.addIssue({ code: 'custom', path: ['endsOn'], message: 'rep_err_dates_order' });
		}
	});
export type ActivityInput = z.infer<typeof activityInputSchema>;

export const saveReportSchema = z.object({
	narrative: z.string().max(20_000).default(''),
	releasability: releasabilitySchema.default({ level: 'members' }),
	activities: z.array(activityInputSchema).max(300).default([])
});
export type SaveReportInput = z.infer<typeof saveReportSchema>;

const releasabilityView = z.object({
	level: z.enum(levels),
	participants: z.array(z.string())
});

export const boardEntrySchema = z.object({
	participant: z.string(),
	name: z.string(),
	status: z.enum(boardStatuses),
	/** Only for the Presidency: when the report was last saved, and when it was submitted. */
	updatedAt: z.string().nullable(),
	submittedAt: z.string().nullable(),
	/** Only for the Presidency: submitted after the due date. */
	late: z.boolean().nullable()
});
export type BoardEntry = z.infer<typeof boardEntrySchema>;

export const cycleSchema = z.object({
	id: z.uuid(),
	network: z.string(),
	title: z.string(),
	instructions: localizedInput,
	periodFrom: z.string(),
	periodTo: z.string(),
	dueOn: z.string(),
	reminderOffsets: z.array(z.number().int()),
	presidency: z.string(),
	asked: z.array(z.string()),
	createdAt: z.string()
});
export type CycleView = z.infer<typeof cycleSchema>;

export const cycleWithBoardSchema = cycleSchema.extend({
	board: z.array(boardEntrySchema),
	/** Whether the reader is the Presidency and so sees dates on the board. */
	presidencyView: z.boolean()
});
export type CycleWithBoardView = z.infer<typeof cycleWithBoardSchema>;

export const cycleListSchema = z.object({ items: z.array(cycleSchema) });

export const activitySchema = z.object({
	id: z.uuid(),
	kind: z.enum(activityKinds),
	title: z.string(),
	startsOn: z.string().nullable(),
	endsOn: z.string().nullable(),
	mission: z.string().nullable(),
	female: z.number().int(),
	male: z.number().int(),
	partners: z.array(z.string()),
	description: z.string(),
	releasability: releasabilityView.nullable()
});
export type ActivityView = z.infer<typeof activitySchema>;

export const reportSchema = z.object({
	cycleId: z.uuid(),
	participant: z.string(),
	status: z.enum(boardStatuses),
	version: z.number().int(),
	narrative: z.string(),
	releasability: releasabilityView,
	activities: z.array(activitySchema),
	updatedAt: z.string().nullable(),
	submittedAt: z.string().nullable()
});
export type ReportView = z.infer<typeof reportSchema>;

export const consolidatedSchema = z.object({
	cycle: cycleSchema,
	reader: z.string().nullable(),
	locale: z.string(),
	generatedAt: z.string(),
	sections: z.array(
		z.object({
			participant: z.string(),
			name: z.string(),
			status: z.enum(boardStatuses),
			/** included, or why the reader sees nothing: not submitted, or not released to it. */
			availability: z.enum(['included', 'not_submitted', 'not_released']),
			narrative: z.string().nullable(),
			activities: z.array(activitySchema)
		})
	),
	summary: z.object({
		byKind: z.array(
			z.object({
				kind: z.enum(activityKinds),
				activities: z.number().int(),
				female: z.number().int(),
				male: z.number().int()
			})
		),
		byParticipant: z.array(
			z.object({
				participant: z.string(),
				name: z.string(),
				activities: z.number().int(),
				female: z.number().int(),
				male: z.number().int()
			})
		),
		totals: z.object({
			activities: z.number().int(),
			female: z.number().int(),
			male: z.number().int(),
			/** Women among the personnel involved, 0–1; null when no personnel were reported. */
			womenShare: z.number().nullable()
		})
	})
});
export type ConsolidatedView = z.infer<typeof consolidatedSchema>;

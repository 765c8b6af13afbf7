import { z } from 'zod';

export const decisionKinds = [
	'admit_observer',
	'approve_calendar',
	'adopt_declaration',
	'general'
] as const;
export const decisionStatuses = ['open', 'adopted', 'rejected', 'withdrawn'] as const;
export const positions = ['concur', 'abstain', 'object'] as const;
/** `all`: the eligible signatories see the positions; `own`: nobody else; `everyone`: every reader. */
export const visibilities = ['all', 'own', 'everyone'] as const;
export const eventKinds = [
	'opened',
	'position',
	'extended',
	'withdrawn',
	'adopted',
	'rejected'
] as const;
export const textLocales = ['es', 'en', 'pt', 'fr'] as const;

const optionalText = (max: number) => z.string().trim().max(max).optional();

/** Text in one or more of the interface languages; empty languages are dropped. */
export const localizedTextSchema = (max: number, message: string) =>
	z
		.object({
			es: optionalText(max),
			en: optionalText(max),
			pt: optionalText(max),
			fr: optionalText(max)
		})
		.transform(
			(value) =>
				Object.fromEntries(Object.entries(value).filter(([, text]) => text)) as Partial<
					Record<(typeof textLocales)[number], string>
				>
		)
		.refine((value) => Object.keys(value).length > 0, { message });

/** An ISO 8601 date-time that states its offset, so that it names one moment everywhere. */
export const deadlineSchema = z.iso.datetime({ offset: true, message: 'gov_err_deadline_format' });

export const candidateSchema = z.object({
	code: z
		.string()
		.trim()
		.regex(/^[A-Za-z0-9-]{2,20}$/, { message: 'gov_err_candidate_code' })
		.transform((code) => (/^[A-Za-z]{3}$/.test(code) ? code.toUpperCase() : code)),
	kind: z.enum(['country', 'organization']).default('country'),
	name: localizedTextSchema(200, 'gov_err_candidate_name'),
	ministry: z
		.object({
			es: optionalText(200),
			en: optionalText(200),
			pt: optionalText(200),
			fr: optionalText(200)
		})
		.optional(),
	countryCode: z
		.string()
		.trim()
		.regex(/^[A-Z]{3}$/, { message: 'gov_err_country_code' })
		.optional()
});

/** An `approve_calendar` decision names the calendar's year as its subject, e.g. "2025". */
export function calendarYearOf(note: string): number | null {
	const match = /^\s*(\d{4})\s*$/.exec(note);
	return match ? Number(match[1]) : null;
}

export const createDecisionSchema = z
	.object({
		kind: z.enum(decisionKinds, { message: 'gov_err_kind' }),
		title: localizedTextSchema(300, 'gov_err_title_required'),
		text: localizedTextSchema(20_000, 'gov_err_text_required'),
		deadline: deadlineSchema,
		positionsVisibility: z.enum(visibilities).default('all'),
		subject: z
			.object({
				candidate: candidateSchema.optional(),
				declarationId: z.uuid().optional(),
				note: z.string().trim().max(500).optional()
			})
			.default({})
	})
	.superRefine(
		(value, ctx) => {
			// Runs even when other fields failed, so that a form marks every problem at once; a body
			// that is not an object at all has already been refused.
			if (typeof value !== 'object' || value === null) return;
			const subject = (value.subject ?? {}) as { note?: unknown; candidate?: unknown };
			const note = typeof subject.note === 'string' ? subject.note : '';
			if (value.kind === 'approve_calendar' && calendarYearOf(note) === null) {
				ctx.addIssue({
					code: 'custom',
					path: ['subject', 'note'],
					message: 'gov_err_calendar_year'
				});
			}
			if (value.kind === 'admit_observer' && !subject.candidate) {
				ctx.addIssue({
					code: 'custom',
					path: ['subject', 'candidate'],
					message: 'gov_err_candidate_required'
				});
			}
		},
		{ when: () => true }
	);
export type CreateDecisionInput = z.output<typeof createDecisionSchema>;

export const positionInputSchema = z.object({
	position: z.enum(positions, { message: 'gov_err_position' }),
	comment: z.string().trim().max(5000).default('')
});
export type PositionInput = z.output<typeof positionInputSchema>;

export const extendInputSchema = z.object({ deadline: deadlineSchema });
export type ExtendInput = z.output<typeof extendInputSchema>;

/** A text in the languages it has, as views show it. */
export const localizedOut = z.object({
	es: z.string().optional(),
	en: z.string().optional(),
	pt: z.string().optional(),
	fr: z.string().optional()
});

export const decisionPositionSchema = z.object({
	participant: z.string(),
	position: z.enum(positions),
	comment: z.string(),
	at: z.string()
});

export const decisionEventSchema = z.object({
	seq: z.number(),
	kind: z.enum(eventKinds),
	participant: z.string().nullable(),
	position: z.enum(positions).nullable(),
	comment: z.string(),
	deadline: z.string().nullable(),
	at: z.string()
});

export const decisionSchema = z.object({
	id: z.uuid(),
	network: z.string(),
	kind: z.enum(decisionKinds),
	/** In the reader's language, else the first language it was written in (`titleLanguage`). */
	title: z.string(),
	titleLanguage: z.string(),
	status: z.enum(decisionStatuses),
	deadline: z.string(),
	eligible: z.array(z.string()),
	positions: z.array(decisionPositionSchema),
	/** How many eligible participants' last positions are each, and how many have not answered. */
	counts: z.object({
		concur: z.number(),
		abstain: z.number(),
		object: z.number(),
		unanswered: z.number()
	}),
	/** Every eligible participant and whether it answered; only for those who see the positions. */
	roster: z
		.array(
			z.object({
				participant: z.string(),
				name: z.string(),
				answered: z.boolean(),
				position: z.enum(positions).nullable()
			})
		)
		.nullable(),
	history: z.array(decisionEventSchema),
	titles: localizedOut,
	text: localizedOut,
	positionsVisibility: z.enum(visibilities),
	openedBy: z.string(),
	subject: z.object({
		candidate: z.object({ code: z.string(), name: z.string(), admitted: z.boolean() }).nullable(),
		declarationId: z.string().nullable(),
		note: z.string()
	}),
	createdAt: z.string(),
	outcomeAt: z.string().nullable(),
	viewer: z.object({
		canTakePosition: z.boolean(),
		canManage: z.boolean(),
		ownPosition: decisionPositionSchema.nullable()
	})
});
export type DecisionView = z.output<typeof decisionSchema>;

export const decisionListSchema = z.object({
	items: z.array(
		decisionSchema.pick({
			id: true,
			kind: true,
			title: true,
			titleLanguage: true,
			status: true,
			deadline: true,
			eligible: true,
			openedBy: true,
			createdAt: true
		})
	)
});
export type DecisionSummary = z.output<typeof decisionListSchema>['items'][number];

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

const localizedOut = z.object({
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
	title: z.string(),
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
			status: true,
			deadline: true,
			eligible: true,
			openedBy: true,
			createdAt: true
		})
	)
});
export type DecisionSummary = z.output<typeof decisionListSchema>['items'][number];

const day = z.iso.date({ message: 'gov_err_date' });

export const handoverInputSchema = z.object({
	toCode: z.string().trim().min(1, { message: 'gov_err_unknown_participant' }),
	on: day,
	conferenceEdition: z.coerce.number().int().positive().optional(),
	note: z.string().trim().max(1000).default('')
});
export type HandoverInput = z.output<typeof handoverInputSchema>;

export const bodyMemberInputSchema = z.object({
	participantCode: z.string().trim().min(1, { message: 'gov_err_unknown_participant' }),
	representativeName: z.string().trim().max(200).default(''),
	representativeTitle: z.string().trim().max(200).default('')
});
export type BodyMemberInput = z.output<typeof bodyMemberInputSchema>;

// Declarations ----------------------------------------------------------------------------------

export const paragraphPartValues = ['preamble', 'operative'] as const;
export const amendmentKinds = ['replace', 'insert_after', 'delete'] as const;
export const amendmentStatuses = ['proposed', 'accepted', 'rejected'] as const;
export const declarationStatuses = ['drafting', 'adopted'] as const;

export const createDeclarationSchema = z.object({
	conferenceEdition: z.coerce
		.number({ message: 'gov_decl_err_conference' })
		.int({ message: 'gov_decl_err_conference' })
		.positive({ message: 'gov_decl_err_conference' }),
	title: localizedTextSchema(300, 'gov_err_title_required')
});
export type CreateDeclarationInput = z.output<typeof createDeclarationSchema>;

const paragraphText = localizedTextSchema(10_000, 'gov_decl_err_text_required');
/** Languages a form names: those translated by a machine, or confirmed as still current. */
const languageList = z.array(z.enum(textLocales, { message: 'gov_decl_err_language' })).default([]);

export const addParagraphSchema = z.object({
	part: z.enum(paragraphPartValues, { message: 'gov_decl_err_part' }),
	text: paragraphText,
	machine: languageList
});
type WithOptional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
export type AddParagraphInput = WithOptional<z.output<typeof addParagraphSchema>, 'machine'>;

/** Languages left empty keep their text; see `editParagraphContent`. */
export const editParagraphSchema = z.object({
	text: paragraphText,
	machine: languageList,
	confirmed: languageList
});
export type EditParagraphInput = WithOptional<
	z.output<typeof editParagraphSchema>,
	'machine' | 'confirmed'
>;

export const amendmentInputSchema = z
	.object({
		paragraphId: z.uuid({ message: 'gov_decl_err_paragraph' }),
		kind: z.enum(amendmentKinds, { message: 'gov_decl_err_amendment_kind' }),
		text: z
			.object({
				es: z.string().trim().max(10_000).optional(),
				en: z.string().trim().max(10_000).optional(),
				pt: z.string().trim().max(10_000).optional(),
				fr: z.string().trim().max(10_000).optional()
			})
			.default({})
			.transform(
				(value) =>
					Object.fromEntries(Object.entries(value).filter(([, t]) => t)) as Partial<
						Record<(typeof textLocales)[number], string>
					>
			),
		justification: z
			.string()
			.trim()
			.min(1, { message: 'gov_decl_err_justification' })
			.max(5000, { message: 'gov_decl_err_justification' })
	})
	.superRefine(
		(value, ctx) => {
			// Runs even when the justification failed, so that both problems are marked at once; a body
			// that is not an object at all has already been refused.
			if (typeof value !== 'object' || value === null) return;
			const text = value.text && typeof value.text === 'object' ? Object.values(value.text) : [];
			if (value.kind !== 'delete' && !text.some((t) => typeof t === 'string' && t.trim())) {
				ctx.addIssue({ code: 'custom', path: ['text'], message: 'gov_decl_err_text_required' });
			}
		},
		{ when: () => true }
	);
export type AmendmentInput = z.output<typeof amendmentInputSchema>;

export const decideAmendmentSchema = z.object({
	decision: z.enum(['accept', 'reject'], { message: 'gov_decl_err_decision' })
});
export type DecideAmendmentInput = z.output<typeof decideAmendmentSchema>;

export const putToAdoptionSchema = z.object({
	deadline: deadlineSchema,
	positionsVisibility: z.enum(visibilities).default('all')
});
export type PutToAdoptionInput = z.output<typeof putToAdoptionSchema>;

export const signatureInputSchema = z.object({
	participantCode: z.string().trim().min(1, { message: 'gov_err_unknown_participant' }),
	signatoryName: z
		.string()
		.trim()
		.min(1, { message: 'gov_decl_err_signatory' })
		.max(200, { message: 'gov_decl_err_signatory' }),
	signatoryTitle: z.string().trim().max(300).default(''),
	signedOn: day
});
export type SignatureInput = z.output<typeof signatureInputSchema>;

export const compareQuerySchema = z.object({
	from: z.coerce.number().int().positive(),
	to: z.coerce.number().int().positive(),
	lang: z.enum(textLocales).optional()
});
export type CompareQuery = z.output<typeof compareQuerySchema>;

const languageStatusOut = z.object({
	state: z.enum(['current', 'stale', 'missing']),
	source: z.enum(['human', 'machine']).nullable()
});

const paragraphOut = z.object({
	id: z.string(),
	part: z.enum(paragraphPartValues),
	number: z.number(),
	text: localizedOut,
	/** For each language of the declaration: current, needing an update, or missing. */
	languages: z.partialRecord(z.enum(textLocales), languageStatusOut)
});

export const declarationSchema = z.object({
	id: z.uuid(),
	network: z.string(),
	conference: z.object({ edition: z.number(), name: z.string(), year: z.number() }),
	title: z.string(),
	titles: localizedOut,
	status: z.enum(declarationStatuses),
	frozen: z.boolean(),
	adoptedAt: z.string().nullable(),
	languages: z.array(z.enum(textLocales)),
	/** Paragraph languages needing an update or missing; adoption waits until there are none. */
	languageGaps: z.array(
		z.object({
			paragraph: z.string(),
			lang: z.enum(textLocales),
			state: z.enum(['stale', 'missing'])
		})
	),
	preambleIntro: localizedOut,
	operativeIntro: localizedOut,
	paragraphs: z.array(paragraphOut),
	amendments: z.array(
		z.object({
			id: z.string(),
			paragraphId: z.string().nullable(),
			paragraph: z.string(),
			kind: z.enum(amendmentKinds),
			text: localizedOut,
			justification: z.string(),
			proposer: z.string(),
			status: z.enum(amendmentStatuses),
			createdAt: z.string(),
			decidedAt: z.string().nullable(),
			version: z.number().nullable()
		})
	),
	versions: z.array(z.object({ number: z.number(), reason: z.string(), createdAt: z.string() })),
	adoption: z
		.object({ decisionId: z.string(), status: z.enum(decisionStatuses), deadline: z.string() })
		.nullable(),
	signatures: z.array(
		z.object({
			participant: z.string(),
			participantName: z.string(),
			signatoryName: z.string(),
			signatoryTitle: z.string(),
			signedOn: z.string()
		})
	),
	viewer: z.object({
		canDraft: z.boolean(),
		canPropose: z.boolean(),
		canSign: z.boolean()
	})
});
export type DeclarationView = z.output<typeof declarationSchema>;

export const declarationListSchema = z.object({
	items: z.array(
		declarationSchema.pick({
			id: true,
			conference: true,
			title: true,
			status: true,
			frozen: true,
			adoptedAt: true
		})
	)
});
export type DeclarationSummary = z.output<typeof declarationListSchema>['items'][number];

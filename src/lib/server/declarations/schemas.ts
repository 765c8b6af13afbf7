import { z } from 'zod';
import {
	deadlineSchema,
	decisionStatuses,
	localizedOut,
	localizedTextSchema,
	textLocales,
	visibilities
} from '../decisions/schemas';

const day = z.iso.date({ message: 'gov_err_date' });

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
	/** The language `title` is in: the reader's, else the first language that has a title. */
	titleLanguage: z.string(),
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
			titleLanguage: true,
			status: true,
			frozen: true,
			adoptedAt: true
		})
	)
});
export type DeclarationSummary = z.output<typeof declarationListSchema>['items'][number];

import { z } from 'zod';
import { boardStatuses } from '../reports/schemas';
import { waitingItemSchema } from '../exchange/schemas';

const link = z.string().describe('Where to act on the item, a path on this site');
const day = z.iso.date();

export const deskDecisionSchema = z.object({
	id: z.uuid(),
	title: z.string(),
	/** The language the title is in: the reader's, else the first one it was written in. */
	titleLanguage: z.string(),
	deadline: z.iso.datetime({ offset: true }),
	/** Whether the reader's participant has taken a position. */
	answered: z.boolean(),
	href: link
});

export const deskReportSchema = z.object({
	cycleId: z.uuid(),
	/** As the Presidency typed it, in whichever language: the cycle does not record which. */
	title: z.string(),
	periodFrom: day,
	periodTo: day,
	dueOn: day,
	status: z.enum(boardStatuses),
	href: link
});

export const deskEventSchema = z.object({
	id: z.uuid(),
	title: z.string(),
	/** The language the title is in: the reader's, else the first one it was written in. */
	titleLanguage: z.string(),
	startsOn: day,
	endsOn: day,
	city: z.string(),
	/** Whether the reader's participant has registered a delegation. */
	registered: z.boolean(),
	registrationDeadline: day.nullable(),
	href: link
});

export const deskBoardSchema = z.object({
	cycleId: z.uuid(),
	title: z.string(),
	dueOn: day,
	asked: z.number().int(),
	submitted: z.number().int(),
	draft: z.number().int(),
	notStarted: z.number().int(),
	overdue: z.number().int(),
	href: link
});

export const deskOpenedDecisionSchema = z.object({
	id: z.uuid(),
	title: z.string(),
	/** The language the title is in: the reader's, else the first one it was written in. */
	titleLanguage: z.string(),
	deadline: z.iso.datetime({ offset: true }),
	eligible: z.number().int(),
	answered: z.number().int(),
	href: link
});

export const deskSituationNoteSchema = z.object({
	id: z.uuid(),
	title: z.string(),
	/** The language the title is in: the reader's, else the first one it was written in. */
	titleLanguage: z.string(),
	severity: z.enum(['info', 'advisory', 'warning', 'critical']),
	mission: z.string().nullable(),
	/** ISO 3166-1 alpha-3 of the country observed. */
	country: z.string(),
	countryName: z.string(),
	observedAt: z.iso.datetime({ offset: true }),
	href: link
});

export const deskTrainingSchema = z.object({
	year: z.number().int(),
	/** The participant's accepted nominees in courses starting this year, and the women among them. */
	accepted: z.number().int(),
	women: z.number().int(),
	/** women / accepted, 0 to 1; null while nobody is accepted. */
	womenShare: z.number().nullable(),
	/** Courses the participant organises with nominations awaiting its decision. */
	awaitingDecision: z.array(
		z.object({
			eventId: z.uuid(),
			title: z.string(),
			titleLanguage: z.string(),
			startsOn: day,
			waiting: z.number().int(),
			href: link
		})
	)
});

export const deskRecommendationSchema = z.object({
	id: z.uuid(),
	/** The MOWIP issue area it is for. */
	area: z.string(),
	text: z.string(),
	dueOn: day,
	overdue: z.boolean(),
	href: link
});

export const deskTranslationRequestSchema = z.object({
	id: z.uuid(),
	documentId: z.uuid(),
	documentTitle: z.string(),
	/** The language the document, and so its title, is written in. */
	documentLanguage: z.string(),
	/** The language a human translation is asked in. */
	language: z.enum(['es', 'en', 'pt', 'fr']),
	requesterCode: z.string(),
	requesterName: z.string(),
	note: z.string(),
	createdAt: z.iso.datetime({ offset: true }),
	href: link
});

/** What needs the reader: each list holds only what their participant may see and act on. */
export const deskSchema = z.object({
	network: z.object({ slug: z.string(), name: z.string() }).nullable(),
	participant: z.object({ code: z.string(), name: z.string() }).nullable(),
	/** Open decisions on which the reader's participant is eligible to take a position. */
	decisions: z.array(deskDecisionSchema),
	/** Reports asked of the reader's participant that are not in yet, or are due later. */
	reports: z.array(deskReportSchema),
	/** Events the participant registered for that are not over, and this month's deadlines. */
	events: z.array(deskEventSchema),
	/** Cooperation commitments waiting on the participant: to accept, carry out, deliver or verify. */
	cooperation: z.array(waitingItemSchema),
	/** Open situation notes of the last two weeks on what the reader follows, released to them. */
	situationNotes: z.array(deskSituationNoteSchema),
	/** Training: the women's share of the participant's accepted nominees this year, decisions to take. */
	training: deskTrainingSchema.nullable(),
	/** The participant's open recommendations on barriers to women's deployment, due within a month or overdue. */
	barrierRecommendations: z.array(deskRecommendationSchema),
	/** Human translations other participants asked of the participant's documents, not yet made. */
	translationRequests: z.array(deskTranslationRequestSchema),
	/** Only for the Presidency in office: its reporting board and the decisions it opened. */
	presidency: z
		.object({
			board: z.array(deskBoardSchema),
			decisions: z.array(deskOpenedDecisionSchema)
		})
		.nullable()
});
export type Desk = z.infer<typeof deskSchema>;
export type DeskDecision = z.infer<typeof deskDecisionSchema>;
export type DeskReport = z.infer<typeof deskReportSchema>;
export type DeskEvent = z.infer<typeof deskEventSchema>;
export type DeskSituationNote = z.infer<typeof deskSituationNoteSchema>;

import { z } from 'zod';
import { participantCodeSchema, releasabilitySchema } from '../access/releasability';
import { releasabilityLevels } from '$lib/releasability/levels';

const cooperationCategories = [
	'advice',
	'training',
	'equipment',
	'logistics',
	'financing',
	'other'
] as const;
export type CooperationCategory = (typeof cooperationCategories)[number];

export const requestStatuses = [
	'open',
	'partly_covered',
	'covered',
	'fulfilled',
	'closed'
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const commitmentStatuses = [
	'proposed',
	'accepted',
	'in_progress',
	'delivered',
	'verified',
	'declined',
	'withdrawn'
] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

/** The statuses a transition may lead to; `proposed` is where every commitment starts. */
const transitionTargets = [
	'accepted',
	'declined',
	'in_progress',
	'delivered',
	'verified',
	'withdrawn'
] as const;
export type TransitionTarget = (typeof transitionTargets)[number];

export const contentLanguages = ['es', 'en', 'pt', 'fr'] as const;

const localizedShort = z.object({
	es: z.string().trim().max(300).optional(),
	en: z.string().trim().max(300).optional(),
	pt: z.string().trim().max(300).optional(),
	fr: z.string().trim().max(300).optional()
});
const localizedLong = z.object({
	es: z.string().trim().max(10_000).optional(),
	en: z.string().trim().max(10_000).optional(),
	pt: z.string().trim().max(10_000).optional(),
	fr: z.string().trim().max(10_000).optional()
});

/** Drops empty translations, so `{ es: '' }` means no Spanish text. */
function compact(text: Record<string, string | undefined>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(text).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim()))
	);
}

const title = localizedShort
	.transform(compact)
	.refine((t) => Object.keys(t).length > 0, { message: 'coop_err_title_required' });
const longText = localizedLong.transform(compact);
const amount = z.number().int().min(1).max(1_000_000_000);
const unit = z.string().trim().max(40);
const day = z.iso.date();
const languages = z
	.array(z.enum(contentLanguages))
	.max(4)
	.transform((l) => [...new Set(l)]);
const mission = z
	.string()
	.trim()
	.min(2)
	.max(40)
	.regex(/^[A-Za-z0-9 .-]+$/, { message: 'coop_err_mission' });

const requestFields = {
	category: z.enum(cooperationCategories),
	title,
	description: longText.default({}),
	quantity: amount.nullable().optional(),
	unit: unit.nullable().optional(),
	neededBy: day.nullable().optional(),
	mission: mission.nullable().optional(),
	languages: languages.optional(),
	releasability: releasabilitySchema
};

export const createRequestSchema = z.object(requestFields);
export type CreateRequestInput = z.infer<typeof createRequestSchema>;

export const updateRequestSchema = z
	.object({
		...requestFields,
		description: longText.optional(),
		/** Closing a request takes it off the board; reopening puts it back. */
		closed: z.boolean().optional()
	})
	.partial();
export type UpdateRequestInput = z.infer<typeof updateRequestSchema>;

const offerFields = {
	category: z.enum(cooperationCategories),
	title,
	description: longText.default({}),
	capacity: amount.nullable().optional(),
	unit: unit.nullable().optional(),
	availableFrom: day.nullable().optional(),
	availableUntil: day.nullable().optional(),
	conditions: longText.default({}),
	languages: languages.optional(),
	releasability: releasabilitySchema
};

function checkWindow(
	value: { availableFrom?: string | null; availableUntil?: string | null },
	issue: z.RefinementCtx
) {
	if (value.availableFrom && value.availableUntil && value.availableUntil < value.availableFrom) {
		issue.addIssue({
			code: 'custom',
			path: ['availableUntil'],
			message: 'coop_err_window'
		});
	}
}

export const createOfferSchema = z.object(offerFields).superRefine(checkWindow);
export type CreateOfferInput = z.infer<typeof createOfferSchema>;

export const updateOfferSchema = z
	.object({
		...offerFields,
		description: longText.optional(),
		conditions: longText.optional(),
		closed: z.boolean().optional()
	})
	.partial()
	.superRefine(checkWindow);
export type UpdateOfferInput = z.infer<typeof updateOfferSchema>;

export const createCommitmentSchema = z.object({
	offerId: z.uuid().nullable().optional(),
	/** Part of the request's quantity; absent for the whole of it. */
	quantity: amount.nullable().optional(),
	note: z.string().trim().max(2000).default('')
});
export type CreateCommitmentInput = z.infer<typeof createCommitmentSchema>;

export const transitionSchema = z.object({
	to: z.enum(transitionTargets),
	note: z.string().trim().max(2000).default('')
});
export type TransitionInput = z.infer<typeof transitionSchema>;

export const listRequestsQuerySchema = z.object({
	category: z.enum(cooperationCategories).optional(),
	status: z.enum(requestStatuses).optional(),
	owner: participantCodeSchema.optional(),
	limit: z.coerce.number().int().min(1).max(200).default(50),
	offset: z.coerce.number().int().min(0).max(1_000_000).default(0)
});
export type ListRequestsQuery = z.infer<typeof listRequestsQuerySchema>;

export const listOffersQuerySchema = z.object({
	category: z.enum(cooperationCategories).optional(),
	owner: participantCodeSchema.optional(),
	/** Closed offers are left out unless asked for. */
	includeClosed: z
		.enum(['true', 'false'])
		.transform((v) => v === 'true')
		.optional(),
	limit: z.coerce.number().int().min(1).max(200).default(50),
	offset: z.coerce.number().int().min(0).max(1_000_000).default(0)
});
export type ListOffersQuery = z.infer<typeof listOffersQuerySchema>;

// Views ---------------------------------------------------------------------------------------

const localizedView = z.object({
	es: z.string().optional(),
	en: z.string().optional(),
	pt: z.string().optional(),
	fr: z.string().optional()
});
const releasabilityView = z.object({
	level: z.enum(releasabilityLevels),
	participants: z.array(z.string())
});

const commitmentStepSchema = z.object({
	from: z.enum(commitmentStatuses).nullable(),
	to: z.enum(commitmentStatuses),
	/** The participant on whose behalf the step was taken. */
	participantCode: z.string(),
	note: z.string(),
	at: z.iso.datetime({ offset: true })
});

export const commitmentSchema = z.object({
	id: z.uuid(),
	requestId: z.uuid(),
	providerCode: z.string(),
	/** The offer it comes from, when the reader may see that offer. */
	offerId: z.uuid().nullable(),
	quantity: z.number().int().nullable(),
	note: z.string(),
	status: z.enum(commitmentStatuses),
	history: z.array(commitmentStepSchema),
	createdAt: z.iso.datetime({ offset: true }),
	updatedAt: z.iso.datetime({ offset: true })
});
export type CommitmentView = z.infer<typeof commitmentSchema>;

const warningKinds = ['over_committed', 'overlapping_requests'] as const;

/**
 * Support committed beyond what was asked: on this request alone (`over_committed`), or on this
 * request and others of the same participant, category and period (`overlapping_requests`).
 */
const warningSchema = z.object({
	kind: z.enum(warningKinds),
	requests: z.array(z.object({ id: z.uuid(), title: localizedView })),
	providers: z.array(z.string()),
	asked: z.number().int(),
	committed: z.number().int(),
	unit: z.string().nullable()
});
export type WarningView = z.infer<typeof warningSchema>;

const requestBase = z.object({
	id: z.uuid(),
	network: z.string(),
	ownerCode: z.string(),
	category: z.enum(cooperationCategories),
	title: localizedView,
	quantity: z.number().int().nullable(),
	unit: z.string().nullable(),
	neededBy: z.string().nullable(),
	mission: z.string().nullable(),
	languages: z.array(z.enum(contentLanguages)),
	releasability: releasabilityView,
	status: z.enum(requestStatuses),
	/** What accepted commitments cover, in the request's unit (each counts one without a quantity). */
	covered: z.number().int(),
	createdAt: z.iso.datetime({ offset: true }),
	updatedAt: z.iso.datetime({ offset: true }),
	closedAt: z.iso.datetime({ offset: true }).nullable()
});

export const requestSchema = requestBase.extend({
	description: localizedView,
	version: z.number().int(),
	commitments: z.array(commitmentSchema),
	/** Only the requester and the providers with a live commitment see warnings. */
	warnings: z.array(warningSchema)
});
export type RequestView = z.infer<typeof requestSchema>;

export const requestListSchema = z.object({
	items: z.array(requestBase),
	total: z.number().int(),
	limit: z.number().int(),
	offset: z.number().int()
});
export type RequestListView = z.infer<typeof requestListSchema>;
export type RequestListItem = z.infer<typeof requestBase>;

const offerBase = z.object({
	id: z.uuid(),
	network: z.string(),
	ownerCode: z.string(),
	category: z.enum(cooperationCategories),
	title: localizedView,
	capacity: z.number().int().nullable(),
	unit: z.string().nullable(),
	availableFrom: z.string().nullable(),
	availableUntil: z.string().nullable(),
	languages: z.array(z.enum(contentLanguages)),
	releasability: releasabilityView,
	closedAt: z.iso.datetime({ offset: true }).nullable(),
	createdAt: z.iso.datetime({ offset: true }),
	updatedAt: z.iso.datetime({ offset: true })
});

export const offerSchema = offerBase.extend({
	description: localizedView,
	conditions: localizedView,
	version: z.number().int()
});
export type OfferView = z.infer<typeof offerSchema>;

export const offerListSchema = z.object({
	items: z.array(offerBase),
	total: z.number().int(),
	limit: z.number().int(),
	offset: z.number().int()
});
export type OfferListView = z.infer<typeof offerListSchema>;
export type OfferListItem = z.infer<typeof offerBase>;

const matchReasons = [
	'same_category',
	'related_category',
	'window_overlaps',
	'capacity_covers',
	'capacity_partial',
	'capacity_unstated',
	'shared_language'
] as const;
export type MatchReason = (typeof matchReasons)[number];

export const requestMatchesSchema = z.object({
	items: z.array(
		z.object({
			offerId: z.uuid(),
			score: z.number().int(),
			reasons: z.array(z.enum(matchReasons)),
			ownerCode: z.string(),
			title: localizedView
		})
	)
});
export type RequestMatchesView = z.infer<typeof requestMatchesSchema>;

export const offerMatchesSchema = z.object({
	items: z.array(
		z.object({
			requestId: z.uuid(),
			score: z.number().int(),
			reasons: z.array(z.enum(matchReasons)),
			ownerCode: z.string(),
			title: localizedView,
			status: z.enum(requestStatuses)
		})
	)
});
export type OfferMatchesView = z.infer<typeof offerMatchesSchema>;

/** A commitment waiting on the reader's participant, for the desk. */
export const waitingItemSchema = z.object({
	commitmentId: z.uuid(),
	requestId: z.uuid(),
	title: z.string(),
	/** The language the title is in: the reader's, else the first one it was written in. */
	titleLanguage: z.string(),
	status: z.enum(commitmentStatuses),
	/** Which side the reader's participant is on. */
	side: z.enum(['requester', 'provider']),
	/** The participant on the other side, by code and by name in the reader's language. */
	otherCode: z.string(),
	otherName: z.string(),
	since: z.iso.datetime({ offset: true }),
	href: z.string().describe('Where to act on the item, a path on this site')
});
export type WaitingItem = z.infer<typeof waitingItemSchema>;

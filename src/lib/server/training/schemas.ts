import { z } from 'zod';
import { participantCodeSchema, releasabilitySchema } from '../access/releasability';
import { countryCodeSchema, eventLanguages } from '../calendar/schemas';
import { releasabilityLevels } from '$lib/releasability/levels';

const localizedShort = z.object({
	es: z.string().trim().max(300).optional(),
	en: z.string().trim().max(300).optional(),
	pt: z.string().trim().max(300).optional(),
	fr: z.string().trim().max(300).optional()
});
const localizedLong = z.object({
	es: z.string().trim().max(5_000).optional(),
	en: z.string().trim().max(5_000).optional(),
	pt: z.string().trim().max(5_000).optional(),
	fr: z.string().trim().max(5_000).optional()
});

/** Drops empty translations, so `{ es: '' }` means no Spanish text. */
function compact<T extends Record<string, string | undefined>>(text: T): Partial<T> {
	return Object.fromEntries(
		Object.entries(text).filter(([, v]) => v && v.trim() !== '')
	) as Partial<T>;
}

export const createCentreSchema = z.object({
	name: localizedShort.transform(compact).refine((t) => Object.keys(t).length > 0, {
		message: 'train_err_name_required'
	}),
	/** The owning participant; administrators choose it, everyone else registers its own. */
	ownerCode: participantCodeSchema.optional(),
	city: z.string().trim().min(1).max(120),
	countryCode: countryCodeSchema,
	contact: z.string().trim().min(1).max(300),
	courses: localizedLong.transform(compact).default({}),
	unRecognition: z.string().trim().max(300).nullable().optional(),
	releasability: releasabilitySchema
});
export type CreateCentreInput = z.infer<typeof createCentreSchema>;

export const courseDetailsSchema = z.object({
	centreId: z.uuid().nullable(),
	instructionLanguages: z
		.array(z.enum(eventLanguages))
		.min(1, { message: 'train_err_languages_required' })
		.transform((l) => [...new Set(l)]),
	prerequisites: localizedLong.transform(compact).default({})
});
export type CourseDetailsInput = z.infer<typeof courseDetailsSchema>;

export const seatOfferSchema = z.object({
	/** The participant the seats are named for; null offers them to any participant. */
	participantCode: participantCodeSchema.nullable(),
	/** How many seats; 0 withdraws the offer. */
	seats: z.number().int().min(0).max(1000)
});
export type SeatOfferInput = z.infer<typeof seatOfferSchema>;

export const nomineeGenders = ['female', 'male', 'other'] as const;
export const nominationStatuses = ['nominated', 'accepted', 'waitlisted', 'declined'] as const;
export const nominationDecisions = ['accepted', 'waitlisted', 'declined'] as const;

export const nominateSchema = z.object({
	/** The nominating participant: the caller's own. */
	participantCode: participantCodeSchema,
	name: z.string().trim().min(1).max(200),
	rank: z.string().trim().min(1).max(120),
	gender: z.enum(nomineeGenders),
	email: z.email().max(254),
	role: z.string().trim().max(200).default('')
});
export type NominateInput = z.infer<typeof nominateSchema>;

export const nominationDecisionSchema = z.object({ decision: z.enum(nominationDecisions) });
export type NominationDecisionInput = z.infer<typeof nominationDecisionSchema>;

const localizedOut = z.object({
	es: z.string().optional(),
	en: z.string().optional(),
	pt: z.string().optional(),
	fr: z.string().optional()
});
const releasabilityOut = z.object({
	level: z.enum(releasabilityLevels),
	participants: z.array(z.string())
});

export const centreSchema = z.object({
	id: z.uuid(),
	network: z.string(),
	name: localizedOut,
	ownerCode: z.string(),
	city: z.string(),
	countryCode: z.string(),
	contact: z.string(),
	courses: localizedOut,
	unRecognition: z.string().nullable(),
	releasability: releasabilityOut,
	createdAt: z.string(),
	updatedAt: z.string()
});
export type CentreView = z.infer<typeof centreSchema>;

export const centreListSchema = z.object({ items: z.array(centreSchema) });

export const seatOfferViewSchema = z.object({
	/** Null: offered to any participant. */
	participantCode: z.string().nullable(),
	seats: z.number().int()
});

export const courseSchema = z.object({
	eventId: z.uuid(),
	centre: z.object({ id: z.uuid(), name: localizedOut }).nullable(),
	instructionLanguages: z.array(z.string()),
	prerequisites: localizedOut,
	seatOffers: z.array(seatOfferViewSchema),
	seats: z.object({
		offered: z.number().int(),
		/** Nominations holding a seat: nominated (awaiting a decision) or accepted. */
		held: z.number().int(),
		accepted: z.number().int(),
		waitlisted: z.number().int()
	}),
	/** Women among accepted nominees, 0 to 1; null while nobody is accepted. */
	womenShare: z.number().nullable()
});
export type CourseView = z.infer<typeof courseSchema>;

export const nominationSchema = z.object({
	id: z.uuid(),
	eventId: z.uuid(),
	participantCode: z.string(),
	name: z.string(),
	rank: z.string(),
	gender: z.enum(nomineeGenders),
	email: z.string(),
	role: z.string(),
	status: z.enum(nominationStatuses),
	waitlistedAt: z.string().nullable(),
	decidedAt: z.string().nullable(),
	createdAt: z.string(),
	updatedAt: z.string()
});
export type NominationView = z.infer<typeof nominationSchema>;

export const nominationListSchema = z.object({ items: z.array(nominationSchema) });

import { z } from 'zod';
import { releasabilitySchema } from '../access/releasability';
import { countryCodeSchema, timeZoneSchema } from '../calendar/schemas';
import { isLocalDateTime, localToInstant } from '../calendar/time';
import { releasabilityLevels } from '$lib/releasability/levels';

export const situationCategories = [
	'security',
	'humanitarian',
	'political',
	'logistics',
	'health',
	'environment',
	'other'
] as const;
export type SituationCategory = (typeof situationCategories)[number];

/** From the least to the most pressing. */
export const situationSeverities = ['info', 'advisory', 'warning', 'critical'] as const;
export type SituationSeverity = (typeof situationSeverities)[number];

export const noteLanguages = ['es', 'en', 'pt', 'fr'] as const;

/** A UN mission's acronym as the UN's list writes it ("UNIFIL", "UNOSOM II"). */
export const missionAcronymSchema = z
	.string()
	.trim()
	.min(2)
	.max(40)
	.regex(/^[A-Za-z0-9][A-Za-z0-9 .\-/]*$/, { message: 'sit_err_mission' })
	.transform((v) => v.toUpperCase());

const localized = (max: number) =>
	z.object({
		es: z.string().trim().max(max).optional(),
		en: z.string().trim().max(max).optional(),
		pt: z.string().trim().max(max).optional(),
		fr: z.string().trim().max(max).optional()
	});

/** Drops empty translations, so `{ es: '' }` means no Spanish text. */
function compact(text: Record<string, string | undefined>): Partial<Record<string, string>> {
	return Object.fromEntries(Object.entries(text).filter(([, v]) => v && v.trim() !== ''));
}

const titleSchema = localized(300)
	.transform(compact)
	.refine((t) => Object.keys(t).length > 0, { message: 'sit_err_title_required' });
const bodySchema = localized(20_000).transform(compact);

/** Wall-clock `YYYY-MM-DDTHH:mm` in the note's zone. */
const localDateTime = z.string().trim().refine(isLocalDateTime, { message: 'sit_err_observed_at' });

const noteFields = {
	mission: missionAcronymSchema.nullable().optional(),
	countryCode: countryCodeSchema,
	placeName: z.string().trim().max(200).default(''),
	longitude: z.number().min(-180).max(180).nullable().optional(),
	latitude: z.number().min(-90).max(90).nullable().optional(),
	observedAt: localDateTime,
	timeZone: timeZoneSchema,
	category: z.enum(situationCategories),
	severity: z.enum(situationSeverities),
	title: titleSchema,
	body: bodySchema.default({}),
	releasability: releasabilitySchema
};

type PlaceFields = { longitude?: number | null; latitude?: number | null };

/** Coordinates come as a pair or not at all; the time must exist in the zone. */
function checkNote(value: unknown, issue: z.RefinementCtx): void {
	if (typeof value !== 'object' || value === null) return;
	const v = value as PlaceFields & { observedAt?: string; timeZone?: string };
	const hasLon = v.longitude !== undefined && v.longitude !== null;
	const hasLat = v.latitude !== undefined && v.latitude !== null;
	if (hasLon !== hasLat) {
		issue.addIssue({
			code: 'custom',
			path: [hasLon ? 'latitude' : 'longitude'],
			message: 'sit_err_coordinates_pair'
		});
	}
	if (v.observedAt && v.timeZone && isLocalDateTime(v.observedAt)) {
		if (!localToInstant(v.observedAt, v.timeZone)) {
			issue.addIssue({ code: 'custom', path: ['observedAt'], message: 'sit_err_time_skipped' });
		}
	}
}

export const createSituationNoteSchema = z.object(noteFields).superRefine(checkNote);
export type CreateSituationNoteInput = z.infer<typeof createSituationNoteSchema>;

/** Every field optional; `closed: true` closes the note, which then changes no more. */
export const updateSituationNoteSchema = z
	.object({
		...noteFields,
		placeName: z.string().trim().max(200),
		body: bodySchema,
		closed: z.literal(true).optional()
	})
	.partial()
	.superRefine(checkNote);
export type UpdateSituationNoteInput = z.infer<typeof updateSituationNoteSchema>;

export const noteStatuses = ['open', 'closed'] as const;

export const listSituationNotesQuerySchema = z.object({
	mission: missionAcronymSchema.optional().describe('UN mission acronym'),
	country: countryCodeSchema.optional().describe('ISO 3166-1 alpha-3 of the country observed'),
	severity: z.enum(situationSeverities).optional(),
	since: z
		.union([z.iso.date(), z.iso.datetime({ offset: true })])
		.optional()
		.describe('only notes written or changed at or after this date (UTC) or moment'),
	status: z.enum(noteStatuses).optional(),
	limit: z.coerce.number().int().min(1).max(500).default(100),
	offset: z.coerce.number().int().min(0).max(1_000_000).default(0)
});
export type ListSituationNotesQuery = z.infer<typeof listSituationNotesQuerySchema>;

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

export const situationNoteVersionSchema = z.object({
	number: z.number().int(),
	changedAt: z.iso.datetime({ offset: true }),
	title: localizedOut,
	body: localizedOut,
	severity: z.enum(situationSeverities),
	category: z.enum(situationCategories),
	placeName: z.string(),
	observedAt: z.iso.datetime({ offset: true }),
	releasability: releasabilityOut,
	closed: z.boolean()
});
export type SituationNoteVersionView = z.infer<typeof situationNoteVersionSchema>;

export const situationNoteSchema = z.object({
	id: z.uuid(),
	network: z.string(),
	ownerCode: z.string(),
	mission: z.string().nullable(),
	country: z.string(),
	place: z.object({
		name: z.string(),
		longitude: z.number().nullable(),
		latitude: z.number().nullable()
	}),
	/** The moment observed, as an instant. */
	observedAt: z.iso.datetime({ offset: true }),
	/** The same moment as the observer wrote it, in `timeZone`. */
	observedLocal: z.string(),
	timeZone: z.string(),
	category: z.enum(situationCategories),
	severity: z.enum(situationSeverities),
	title: localizedOut,
	body: localizedOut,
	releasability: releasabilityOut,
	closed: z.boolean(),
	closedAt: z.iso.datetime({ offset: true }).nullable(),
	version: z.number().int(),
	createdAt: z.iso.datetime({ offset: true }),
	updatedAt: z.iso.datetime({ offset: true })
});
export type SituationNoteView = z.infer<typeof situationNoteSchema>;

export const situationNoteAttachmentSchema = z.object({
	id: z.uuid(),
	filename: z.string(),
	contentType: z.enum(['application/pdf', 'image/png', 'image/jpeg']),
	size: z.number().int(),
	createdAt: z.iso.datetime({ offset: true })
});
export type SituationNoteAttachmentView = z.infer<typeof situationNoteAttachmentSchema>;

export const situationNoteDetailSchema = situationNoteSchema.extend({
	versions: z.array(situationNoteVersionSchema),
	attachments: z.array(situationNoteAttachmentSchema)
});

/** The answer to an upload: the new files, in the order they were sent. */
export const situationNoteAttachmentsAddedSchema = z.object({ ids: z.array(z.uuid()) });
export type SituationNoteDetail = z.infer<typeof situationNoteDetailSchema>;

export const situationNoteListSchema = z.object({
	items: z.array(situationNoteSchema),
	total: z.number().int(),
	limit: z.number().int(),
	offset: z.number().int()
});
export type SituationNoteList = z.infer<typeof situationNoteListSchema>;

/** A follow: a mission or a country, never both. */
export const followSubjectSchema = z.union([
	z.object({ mission: missionAcronymSchema, country: z.undefined().optional() }),
	z.object({ country: countryCodeSchema, mission: z.undefined().optional() })
]);
export type FollowSubject = z.infer<typeof followSubjectSchema>;

export const updateMissionBriefSchema = z.object({
	mandateSummary: localized(4_000).transform(compact).default({}),
	mandateRenewalOn: z.iso.date({ message: 'sit_err_date' }).nullable().optional(),
	hostCountry: countryCodeSchema.nullable().optional()
});
export type UpdateMissionBriefInput = z.infer<typeof updateMissionBriefSchema>;

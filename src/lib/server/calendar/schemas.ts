import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { releasabilitySchema } from '../access/releasability';
import { isIanaZone, isIsoDate, isLocalDateTime, localToInstant } from './time';

export const eventKinds = [
	'conference',
	'preparatory_meeting',
	'working_group',
	'training_course',
	'exercise',
	'seminar',
	'other'
] as const;
export type EventKind = (typeof eventKinds)[number];
export const eventLanguages = ['es', 'en', 'pt', 'fr'] as const;

const participantCode = z
	.string()
	.trim()
	.min(2)
	.max(40)
	.regex(/^[A-Za-z0-9-]+$/);

const localizedInput = z.object({
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
function compact<T extends Record<string, string | undefined>>(text: T): Partial<T> {
	return Object.fromEntries(
		Object.entries(text).filter(([, v]) => v && v.trim() !== '')
	) as Partial<T>;
}

export const countryCodeSchema = z
	.string()
	.trim()
	.transform((v) => v.toUpperCase())
	.refine((v) => /^[A-Z]{3}$/.test(v) && countries.alpha3ToAlpha2(v) !== undefined, {
		message: 'cal_err_country'
	});

export const timeZoneSchema = z
	.string()
	.trim()
	.refine(isIanaZone, { message: 'cal_err_time_zone' });

const eventFields = {
	title: localizedInput.transform(compact).refine((t) => Object.keys(t).length > 0, {
		message: 'cal_err_title_required'
	}),
	description: localizedLong.transform(compact).default({}),
	kind: z.enum(eventKinds),
	organiserCode: participantCode.optional(),
	countryCode: countryCodeSchema,
	city: z.string().trim().min(1).max(120),
	timeZone: timeZoneSchema,
	allDay: z.boolean().default(false),
	/** Timed: wall-clock `YYYY-MM-DDTHH:mm` in timeZone. All-day: `YYYY-MM-DD`. */
	start: z.string().trim(),
	/** Timed: wall-clock `YYYY-MM-DDTHH:mm` in timeZone. All-day: the last day, inclusive. */
	end: z.string().trim(),
	workingLanguages: z
		.array(z.enum(eventLanguages))
		.min(1, { message: 'cal_err_languages_required' })
		.transform((l) => [...new Set(l)]),
	conferenceEdition: z.number().int().min(1).max(1000).nullable().optional(),
	releasability: releasabilitySchema,
	capacity: z.number().int().min(1).max(100_000).nullable().optional(),
	registrationDeadline: z.iso.date().nullable().optional(),
	externalId: z.string().trim().min(1).max(120).nullable().optional(),
	cancelled: z.boolean().optional()
};

type TimeFields = { allDay: boolean; start: string; end: string; timeZone: string };

/** Start and end must match the kind of event and follow one another; reused by the import. */
export function checkEventTimes(value: TimeFields, issue: z.RefinementCtx): void {
	const add = (path: string, message: string) =>
		issue.addIssue({ code: 'custom', path: [path], message });
	if (value.allDay) {
		if (!isIsoDate(value.start)) add('start', 'cal_err_date');
		if (!isIsoDate(value.end)) add('end', 'cal_err_date');
		if (isIsoDate(value.start) && isIsoDate(value.end) && value.end < value.start) {
			add('end', 'cal_err_end_before_start');
		}
		return;
	}
	const zone = isIanaZone(value.timeZone) ? value.timeZone : null;
	const start = zone && isLocalDateTime(value.start) ? localToInstant(value.start, zone) : null;
	const end = zone && isLocalDateTime(value.end) ? localToInstant(value.end, zone) : null;
	if (!isLocalDateTime(value.start)) add('start', 'cal_err_date_time');
	else if (zone && !start) add('start', 'cal_err_time_skipped');
	if (!isLocalDateTime(value.end)) add('end', 'cal_err_date_time');
	else if (zone && !end) add('end', 'cal_err_time_skipped');
	if (start && end && end <= start) add('end', 'cal_err_end_before_start');
}

/** The fields of a new event, each checked on its own (the import reports all problems at once). */
export const eventFieldsSchema = z.object(eventFields).omit({ cancelled: true });

export const createEventSchema = eventFieldsSchema.superRefine((value, issue) =>
	checkEventTimes(value, issue)
);
export type CreateEventInput = z.infer<typeof createEventSchema>;

/** A whole event as stored: what a partial change is merged into and checked as. */
export const eventStateSchema = z
	.object(eventFields)
	.omit({ externalId: true })
	.superRefine((value, issue) => checkEventTimes(value, issue));

/** Every field optional; the merged event is checked again as a whole. */
export const updateEventSchema = z.object(eventFields).omit({ externalId: true }).partial();
export type UpdateEventInput = z.infer<typeof updateEventSchema>;

const isoDate = z.iso.date();

export const listEventsQuerySchema = z.object({
	year: z.coerce.number().int().min(1900).max(2200).optional(),
	kind: z.enum(eventKinds).optional(),
	organiser: participantCode.optional(),
	country: countryCodeSchema.optional(),
	language: z.enum(eventLanguages).optional(),
	from: isoDate.optional(),
	to: isoDate.optional(),
	limit: z.coerce.number().int().min(1).max(1000).default(500),
	offset: z.coerce.number().int().min(0).max(1_000_000).default(0)
});
export type ListEventsQuery = z.infer<typeof listEventsQuerySchema>;

/** The filters a calendar feed keeps from the page it was taken from. */
export const feedFiltersSchema = listEventsQuerySchema.pick({
	kind: true,
	organiser: true,
	country: true,
	language: true
});
export type FeedFilters = z.infer<typeof feedFiltersSchema>;
export const feedFilterKeys = ['kind', 'organiser', 'country', 'language'] as const;

/** The feed filters present in an address, as raw text for `feedFiltersSchema`. */
export function feedFilterQuery(params: URLSearchParams): Record<string, string> {
	return Object.fromEntries(
		feedFilterKeys.flatMap((key) => {
			const value = params.get(key)?.trim();
			return value ? [[key, value]] : [];
		})
	);
}

const localizedOut = z.object({
	es: z.string().optional(),
	en: z.string().optional(),
	pt: z.string().optional(),
	fr: z.string().optional()
});

export const eventSchema = z.object({
	id: z.uuid(),
	uid: z.string(),
	network: z.string(),
	title: localizedOut,
	description: localizedOut,
	kind: z.enum(eventKinds),
	organiserCode: z.string(),
	countryCode: z.string(),
	city: z.string(),
	timeZone: z.string(),
	allDay: z.boolean(),
	/** Timed: wall-clock time in timeZone. All-day: the first day. */
	start: z.string(),
	/** Timed: wall-clock time in timeZone. All-day: the last day, inclusive. */
	end: z.string(),
	/** Timed: the instants in UTC (ISO 8601). All-day: null. */
	startsAt: z.string().nullable(),
	endsAt: z.string().nullable(),
	startsOn: z.string(),
	endsOn: z.string(),
	workingLanguages: z.array(z.string()),
	conferenceEdition: z.number().int().nullable(),
	cancelled: z.boolean(),
	sequence: z.number().int(),
	capacity: z.number().int().nullable(),
	registrationDeadline: z.string().nullable(),
	externalId: z.string().nullable(),
	releasability: z.object({
		level: z.enum(['owner', 'named', 'members', 'members_and_observers', 'network', 'public']),
		participants: z.array(z.string())
	}),
	createdAt: z.string(),
	updatedAt: z.string()
});
export type EventView = z.infer<typeof eventSchema>;

export const eventListSchema = z.object({
	items: z.array(eventSchema),
	total: z.number().int(),
	limit: z.number().int(),
	offset: z.number().int()
});
export type EventListView = z.infer<typeof eventListSchema>;

export const calendarSchema = z.object({
	network: z.string(),
	year: z.number().int(),
	status: z.enum(['draft', 'approved']),
	approvedAt: z.string().nullable(),
	approvedBy: z.string().nullable(),
	approvedVia: z.string().nullable(),
	events: z.array(eventSchema)
});
export type CalendarView = z.infer<typeof calendarSchema>;

const headcount = z.coerce.number().int().min(0).max(1000);

export const registerDelegationSchema = z
	.object({
		members: z
			.array(
				z.object({
					name: z.string().trim().min(1).max(200),
					role: z.string().trim().min(1).max(200)
				})
			)
			.min(1, { message: 'cal_err_members_required' })
			.max(200),
		women: headcount,
		men: headcount,
		otherGender: headcount.default(0),
		releasability: releasabilitySchema
	})
	.superRefine((value, issue) => {
		if (value.women + value.men + value.otherGender !== value.members.length) {
			issue.addIssue({ code: 'custom', path: ['women'], message: 'cal_err_gender_total' });
		}
	});
export type RegisterDelegationInput = z.infer<typeof registerDelegationSchema>;

export const delegationSchema = z.object({
	id: z.uuid(),
	eventId: z.uuid(),
	participantCode: z.string(),
	members: z.array(z.object({ name: z.string(), role: z.string() })),
	women: z.number().int(),
	men: z.number().int(),
	otherGender: z.number().int(),
	size: z.number().int(),
	releasability: z.object({
		level: z.enum(['owner', 'named', 'members', 'members_and_observers', 'network', 'public']),
		participants: z.array(z.string())
	}),
	createdAt: z.string(),
	updatedAt: z.string()
});
export type DelegationView = z.infer<typeof delegationSchema>;

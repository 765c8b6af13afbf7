import { z } from 'zod';
import { countryCodeSchema, timeZoneSchema } from '../calendar/schemas';
import { isRegionCode } from './region-choices';

const localized = z.object({
	es: z.string().optional(),
	en: z.string().optional(),
	pt: z.string().optional(),
	fr: z.string().optional()
});

export const networkSchema = z.object({
	slug: z.string(),
	acronym: z.string(),
	name: localized,
	description: localized,
	/** UN M49 code of the region served. */
	region: z.string(),
	defaultLanguage: z.string(),
	timeZone: z.string()
});
export type NetworkView = z.infer<typeof networkSchema>;

export const signatureSchema = z.object({
	documentId: z.uuid(),
	document: z.string(),
	/** The language of `document`: the reader's where a translation exists. */
	documentLanguage: z.string(),
	conference: z.number().int().nullable(),
	year: z.number().int().nullable(),
	signerName: z.string(),
	signerTitle: z.string(),
	/** The language of the signer's name and title: that of the text as signed. */
	signerTitleLanguage: z.string(),
	signedOn: z.string().nullable()
});

export const participantSchema = z.object({
	code: z.string(),
	kind: z.enum(['country', 'organization']),
	status: z.enum(['member', 'observer', 'partner']),
	name: z.string(),
	names: localized,
	ministry: z.string().nullable(),
	countryCode: z.string().nullable(),
	signatures: z.array(signatureSchema)
});
export type ParticipantView = z.infer<typeof participantSchema>;

export const presidencySchema = z.object({
	participantCode: z.string(),
	participantName: z.string(),
	startsOn: z.string(),
	endsOn: z.string().nullable(),
	conference: z
		.object({ edition: z.number().int(), name: z.string(), year: z.number().int() })
		.nullable()
});
export type PresidencyView = z.infer<typeof presidencySchema>;

export const conferenceSchema = z.object({
	edition: z.number().int(),
	name: z.string(),
	city: z.string().nullable(),
	countryCode: z.string(),
	year: z.number().int(),
	startsOn: z.string().nullable(),
	endsOn: z.string().nullable()
});
export type ConferenceView = z.infer<typeof conferenceSchema>;

const locales = ['es', 'en', 'pt', 'fr'] as const;

const nameIn = (max: number, message: string) =>
	z.string({ error: message }).trim().min(1, { error: message }).max(max);

/** A name every reader sees in their own language: all four are required. */
const fullName = (max: number, message: string) =>
	z.object({
		es: nameIn(max, message),
		en: nameIn(max, message),
		pt: nameIn(max, message),
		fr: nameIn(max, message)
	});

/** Text that may be missing in some languages; empty ones are dropped. */
const partialText = (max: number) =>
	z
		.object({
			es: z.string().trim().max(max).optional(),
			en: z.string().trim().max(max).optional(),
			pt: z.string().trim().max(max).optional(),
			fr: z.string().trim().max(max).optional()
		})
		.transform((text) => Object.fromEntries(Object.entries(text).filter(([, v]) => v && v !== '')));

export const createNetworkSchema = z.object({
	slug: z
		.string()
		.trim()
		.regex(/^[a-z][a-z0-9-]{1,39}$/, { message: 'reg_err_slug' })
		.describe('lower-case letters, digits and hyphens; the network’s address'),
	acronym: z.string().trim().min(1, { message: 'reg_err_acronym' }).max(20),
	name: fullName(200, 'reg_err_name'),
	description: partialText(2_000).default({}),
	region: z
		.string()
		.trim()
		.refine(isRegionCode, { message: 'reg_err_region' })
		.describe('UN M49 code of the region, e.g. 419'),
	defaultLanguage: z.enum(locales, { error: 'reg_err_language' }),
	timeZone: timeZoneSchema
});
export type CreateNetworkInput = z.infer<typeof createNetworkSchema>;

const date = z.iso.date({ error: 'reg_err_date' });

export const addParticipantSchema = z
	.discriminatedUnion(
		'kind',
		[
			z.object({
				kind: z.literal('country'),
				countryCode: countryCodeSchema.describe('ISO 3166-1 alpha-3; also the participant’s code'),
				name: partialText(200).default({})
			}),
			z.object({
				kind: z.literal('organization'),
				code: z
					.string()
					.trim()
					.regex(/^[a-z][a-z0-9-]{1,39}$/, { message: 'reg_err_organization_code' }),
				name: fullName(200, 'reg_err_name')
			})
		],
		{ error: 'reg_err_kind' }
	)
	.and(
		z.object({
			status: z.enum(['member', 'observer', 'partner'], { error: 'reg_err_status' }),
			ministry: partialText(300).default({})
		})
	);
export type AddParticipantInput = z.infer<typeof addParticipantSchema>;

export const addConferenceSchema = z
	.object({
		edition: z.number({ error: 'reg_err_edition' }).int().min(1).max(999),
		name: fullName(400, 'reg_err_name'),
		city: z.string().trim().max(120).nullable().default(null),
		countryCode: countryCodeSchema,
		year: z.number({ error: 'reg_err_year' }).int().min(1945).max(2200),
		startsOn: date.nullable().default(null),
		endsOn: date.nullable().default(null)
	})
	.refine((c) => !c.startsOn || !c.endsOn || c.startsOn <= c.endsOn, {
		path: ['endsOn'],
		message: 'reg_err_conference_dates'
	});
export type AddConferenceInput = z.infer<typeof addConferenceSchema>;

export const addPresidencyTermSchema = z.object({
	participant: z.string().trim().min(1, { message: 'reg_err_participant' }).max(40),
	conferenceEdition: z.number().int().min(1).max(999).nullable().default(null),
	startsOn: date
});
export type AddPresidencyTermInput = z.infer<typeof addPresidencyTermSchema>;

export const archiveStatuteSchema = z.object({
	document: z
		.uuid({ error: 'reg_err_statute_document' })
		.describe('id of a public statute document'),
	conferenceEdition: z.number().int().min(1).max(999).nullable().default(null)
});
export type ArchiveStatuteInput = z.infer<typeof archiveStatuteSchema>;

export const statuteSchema = z.object({
	documentId: z.uuid(),
	title: z.string(),
	conference: z.object({ edition: z.number().int(), name: z.string() }).nullable()
});
export type StatuteView = z.infer<typeof statuteSchema>;

export const presidencyTermSchema = z.object({
	participantCode: z.string(),
	participantName: z.string(),
	conference: z.number().int().nullable(),
	startsOn: z.string(),
	endsOn: z.string().nullable()
});

/** A network's registry as its administration shows it. */
export const networkRegistrySchema = z.object({
	network: networkSchema,
	participants: z.array(participantSchema.omit({ signatures: true })),
	conferences: z.array(conferenceSchema),
	terms: z.array(presidencyTermSchema),
	statute: statuteSchema.nullable()
});
export type NetworkRegistryView = z.infer<typeof networkRegistrySchema>;

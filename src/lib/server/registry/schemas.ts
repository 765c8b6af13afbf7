import { z } from 'zod';

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
	description: localized
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

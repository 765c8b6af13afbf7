import { z } from 'zod';
import {
	participantCodeSchema as participantCode,
	releasabilitySchema
} from '../access/releasability';
import { releasabilityLevels } from '$lib/releasability/levels';
import {
	readinessLevels,
	selfSustainmentCategories,
	unitLanguages,
	unitTemplateKeys,
	unitTypes
} from '$lib/components/pledges/vocabulary';

export {
	readinessLevels,
	selfSustainmentCategories,
	unitLanguages,
	unitTemplateKeys,
	unitTypes
} from '$lib/components/pledges/vocabulary';

const isoDate = z.iso.date();
const maxPersonnel = 100_000;

/** A title in any of the four languages; at least one must be written. */
const localizedTitle = z
	.object({
		es: z.string().trim().max(300).optional(),
		en: z.string().trim().max(300).optional(),
		pt: z.string().trim().max(300).optional(),
		fr: z.string().trim().max(300).optional()
	})
	.transform((title) => {
		const kept: Partial<Record<'es' | 'en' | 'pt' | 'fr', string>> = {};
		for (const key of ['es', 'en', 'pt', 'fr'] as const) {
			if (title[key]) kept[key] = title[key];
		}
		return kept;
	})
	.refine((title) => Object.keys(title).length > 0, { message: 'pledge_err_title_needed' });

const personnelSchema = z.object({
	female: z.number().int().min(0).max(maxPersonnel),
	male: z.number().int().min(0).max(maxPersonnel)
});

const equipmentLineSchema = z.object({
	item: z.string().trim().min(1).max(200),
	quantity: z.number().int().min(1).max(100_000)
});

const pledgeFields = {
	unitType: z.enum(unitTypes),
	title: localizedTitle,
	personnel: personnelSchema,
	readinessLevel: z.enum(readinessLevels),
	availableFrom: isoDate.nullable().optional(),
	availableUntil: isoDate.nullable().optional(),
	assessmentVisitOn: isoDate.nullable().optional(),
	assessmentReport: z.string().trim().max(5000).optional(),
	verificationVisitOn: isoDate.nullable().optional(),
	equipment: z.array(equipmentLineSchema).max(200).optional(),
	selfSustainment: z.array(z.enum(selfSustainmentCategories)).max(50).optional(),
	languages: z.array(z.enum(unitLanguages)).max(10).optional(),
	notes: z.string().max(5000).optional(),
	releasability: releasabilitySchema
};

export const createPledgeSchema = z.object(pledgeFields);
export type CreatePledgeInput = z.infer<typeof createPledgeSchema>;

export const updatePledgeSchema = z.object(pledgeFields).partial();
export type UpdatePledgeInput = z.infer<typeof updatePledgeSchema>;

export const listPledgesQuerySchema = z.object({
	unitType: z.enum(unitTypes).optional(),
	readinessLevel: z.enum(readinessLevels).optional(),
	participant: participantCode.optional(),
	limit: z.coerce.number().int().min(1).max(200).default(50),
	offset: z.coerce.number().int().min(0).max(1_000_000).default(0)
});
export type ListPledgesQuery = z.infer<typeof listPledgesQuerySchema>;

const releasabilityView = z.object({
	level: z.enum(releasabilityLevels),
	participants: z.array(z.string())
});

const personnelView = z.object({
	female: z.number().int(),
	male: z.number().int(),
	total: z.number().int()
});

export const pledgeSchema = z.object({
	id: z.uuid(),
	network: z.string(),
	participant: z.string(),
	unitType: z.enum(unitTypes),
	title: z.object({
		es: z.string().optional(),
		en: z.string().optional(),
		pt: z.string().optional(),
		fr: z.string().optional()
	}),
	personnel: personnelView,
	femaleShare: z.number().nullable(),
	readinessLevel: z.enum(readinessLevels),
	availableFrom: z.string().nullable(),
	availableUntil: z.string().nullable(),
	assessmentVisitOn: z.string().nullable(),
	assessmentReport: z.string(),
	verificationVisitOn: z.string().nullable(),
	equipment: z.array(z.object({ item: z.string(), quantity: z.number().int() })),
	selfSustainment: z.array(z.string()),
	languages: z.array(z.string()),
	notes: z.string(),
	releasability: releasabilityView,
	version: z.number().int(),
	createdAt: z.string(),
	updatedAt: z.string()
});
export type PledgeView = z.infer<typeof pledgeSchema>;

export const pledgeListSchema = z.object({
	items: z.array(pledgeSchema),
	total: z.number().int(),
	limit: z.number().int(),
	offset: z.number().int()
});
export type PledgeListView = z.infer<typeof pledgeListSchema>;

export const pledgeVersionSchema = z.object({
	version: z.number().int(),
	changes: z.array(z.string()),
	changedBy: z.string(),
	changedAt: z.string(),
	content: z.record(z.string(), z.unknown())
});
export const pledgeVersionListSchema = z.object({ items: z.array(pledgeVersionSchema) });
export type PledgeVersionView = z.infer<typeof pledgeVersionSchema>;

export const createContingentSchema = z.object({
	title: localizedTitle,
	template: z
		.enum(unitTemplateKeys as [string, ...string[]])
		.nullable()
		.optional(),
	notes: z.string().max(5000).optional(),
	releasability: releasabilitySchema
});
export type CreateContingentInput = z.infer<typeof createContingentSchema>;

export const contributionInputSchema = z.object({ pledgeId: z.uuid() });

const contributionView = z.object({
	pledgeId: z.uuid(),
	participant: z.string(),
	unitType: z.enum(unitTypes),
	title: pledgeSchema.shape.title,
	personnel: personnelView,
	readinessLevel: z.enum(readinessLevels),
	addedAt: z.string()
});

const contingentGapSchema = z.object({
	minimumPersonnel: z.number().int(),
	missingPersonnel: z.number().int(),
	femaleShareTarget: z.number(),
	femaleShareMet: z.boolean()
});

export const contingentSchema = z.object({
	id: z.uuid(),
	network: z.string(),
	lead: z.string(),
	title: pledgeSchema.shape.title,
	template: z.string().nullable(),
	notes: z.string(),
	releasability: releasabilityView,
	personnel: personnelView,
	femaleShare: z.number().nullable(),
	readinessLevel: z.enum(readinessLevels).nullable(),
	contributions: z.array(contributionView),
	withheld: z.number().int(),
	gaps: contingentGapSchema.nullable(),
	createdAt: z.string()
});
export type ContingentView = z.infer<typeof contingentSchema>;

export const contingentListSchema = z.object({ items: z.array(contingentSchema) });

export const publishGapSchema = z.object({
	unitType: z.enum(unitTypes),
	minimumLevel: z.enum(readinessLevels).default('level_1'),
	quantity: z.number().int().min(1).max(1000).default(1),
	title: localizedTitle,
	description: z.string().max(5000).optional(),
	mission: z.string().trim().max(20).optional(),
	releasability: releasabilitySchema
});
export type PublishGapInput = z.infer<typeof publishGapSchema>;

export const capabilityGapSchema = z.object({
	id: z.uuid(),
	publisher: z.string(),
	unitType: z.enum(unitTypes),
	minimumLevel: z.enum(readinessLevels),
	quantity: z.number().int(),
	title: pledgeSchema.shape.title,
	description: z.string(),
	mission: z.string(),
	releasability: releasabilityView,
	/** Pledges released to the reader that match: same unit type, at least the level asked. */
	matches: z.array(
		z.object({
			pledgeId: z.uuid(),
			participant: z.string(),
			title: pledgeSchema.shape.title,
			readinessLevel: z.enum(readinessLevels),
			personnel: personnelView
		})
	),
	createdAt: z.string()
});
export type CapabilityGapView = z.infer<typeof capabilityGapSchema>;
export const capabilityGapListSchema = z.object({ items: z.array(capabilityGapSchema) });

export const pledgesExportQuerySchema = z.object({ participant: participantCode.optional() });

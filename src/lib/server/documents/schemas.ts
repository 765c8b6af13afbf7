import { z } from 'zod';
import {
	participantCodeSchema as participantCode,
	releasabilitySchema
} from '../access/releasability';

export const documentKinds = [
	'declaration',
	'statute',
	'resolution',
	'minutes',
	'report',
	'guideline',
	'news',
	'other'
] as const;
/** The knowledge library's shelves; a document sits on one. */
export const documentCategories = [
	'lesson_learned',
	'best_practice',
	'doctrine',
	'course_material',
	'interoperability',
	'statute',
	'declaration',
	'report',
	'other'
] as const;
export type DocumentCategory = (typeof documentCategories)[number];
export const contentLanguages = ['es', 'en', 'pt', 'fr'] as const;
export const translationMethods = ['human', 'machine'] as const;

const isoDate = z.iso.date();

export const createDocumentSchema = z.object({
	title: z.string().trim().min(1).max(300),
	kind: z.enum(documentKinds),
	/** Where the document sits in the library; `other` when not given. */
	category: z.enum(documentCategories).optional(),
	language: z.enum(contentLanguages),
	body: z.string().max(500_000).default(''),
	releasability: releasabilitySchema,
	ownerCode: participantCode.optional(),
	translationOf: z.uuid().nullable().optional(),
	/** How a translation was made; defaults to `human` for a translation, ignored for an original. */
	translationMethod: z.enum(translationMethods).nullable().optional(),
	documentDate: isoDate.nullable().optional()
});
export type CreateDocumentInput = z.infer<typeof createDocumentSchema>;

export const updateDocumentSchema = createDocumentSchema
	.omit({ ownerCode: true })
	.partial()
	.extend({
		body: z.string().max(500_000).optional()
	});
export type UpdateDocumentInput = z.infer<typeof updateDocumentSchema>;

export const listDocumentsQuerySchema = z.object({
	q: z.string().trim().max(200).optional(),
	kind: z.enum(documentKinds).optional(),
	category: z.enum(documentCategories).optional(),
	language: z.enum(contentLanguages).optional(),
	owner: participantCode.optional(),
	level: z
		.enum(['owner', 'named', 'members', 'members_and_observers', 'network', 'public'])
		.optional(),
	limit: z.coerce.number().int().min(1).max(200).default(50),
	offset: z.coerce.number().int().min(0).max(1_000_000).default(0)
});
export type ListDocumentsQuery = z.infer<typeof listDocumentsQuerySchema>;

export const documentSchema = z.object({
	id: z.uuid(),
	network: z.string(),
	title: z.string(),
	kind: z.enum(documentKinds),
	category: z.enum(documentCategories),
	language: z.enum(contentLanguages),
	body: z.string(),
	releasability: z.object({
		level: z.enum(['owner', 'named', 'members', 'members_and_observers', 'network', 'public']),
		participants: z.array(z.string())
	}),
	ownerCode: z.string(),
	translationOf: z.uuid().nullable(),
	translationMethod: z.enum(translationMethods).nullable(),
	translations: z.array(
		z.object({
			id: z.uuid(),
			language: z.string(),
			title: z.string(),
			translationMethod: z.enum(translationMethods).nullable()
		})
	),
	documentDate: z.string().nullable(),
	file: z
		.object({ filename: z.string(), size: z.number().int(), contentType: z.string() })
		.nullable(),
	version: z.number().int(),
	createdAt: z.string(),
	updatedAt: z.string()
});
export type DocumentView = z.infer<typeof documentSchema>;

export const documentListSchema = z.object({
	items: z.array(documentSchema.omit({ body: true, translations: true })),
	total: z.number().int(),
	limit: z.number().int(),
	offset: z.number().int()
});
export type DocumentListView = z.infer<typeof documentListSchema>;

/** PDF attachments: at most 10 MB, and the bytes must start like a PDF. */
export const maxAttachmentBytes = 10 * 1024 * 1024;

export const searchDocumentsQuerySchema = z.object({
	/** Words in any of the four languages; quotes keep a phrase, `-` leaves a word out. */
	q: z.string().trim().min(1).max(200),
	/** The reader's language: each family is shown in it when it has that version. */
	lang: z.enum(contentLanguages).optional(),
	category: z.enum(documentCategories).optional(),
	/** Only families with a version in this language, shown in it. */
	language: z.enum(contentLanguages).optional(),
	owner: participantCode.optional(),
	year: z.coerce.number().int().min(1900).max(2200).optional(),
	limit: z.coerce.number().int().min(1).max(100).default(20),
	offset: z.coerce.number().int().min(0).max(10_000).default(0)
});
export type SearchDocumentsQuery = z.infer<typeof searchDocumentsQuerySchema>;

export const searchResultSchema = z.object({
	items: z.array(
		z.object({
			documentId: z.uuid(),
			title: z.string(),
			language: z.enum(contentLanguages),
			category: z.enum(documentCategories),
			documentDate: z.string().nullable(),
			ownerCode: z.string(),
			/** Every version of the document the caller may read, the shown one among them. */
			family: z.array(
				z.object({
					documentId: z.uuid(),
					language: z.enum(contentLanguages),
					title: z.string(),
					/** Null for the original. */
					translationMethod: z.enum(translationMethods).nullable()
				})
			),
			/** HTML: the text escaped, the words found inside `<mark>`. */
			snippet: z.string(),
			rank: z.number()
		})
	),
	total: z.number().int(),
	limit: z.number().int(),
	offset: z.number().int()
});
export type SearchResultView = z.infer<typeof searchResultSchema>;

export const translationRequestInputSchema = z.object({
	language: z.enum(contentLanguages),
	/** What the translation is for, or by when it is needed. */
	note: z.string().trim().max(1000).default('')
});
export type TranslationRequestInput = z.infer<typeof translationRequestInputSchema>;

// Tables of the knowledge library; documents themselves and shared tables come from ./schema-core.
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { documents, networks, participants, users } from './schema-core';

/**
 * A reader's participant asks the owner of a document for a human translation into a language.
 * `ownerId` is the document's owner when asked, so that the owner's desk finds its requests
 * without reading every document; the request is seen by those two participants alone.
 */
export const translationRequests = pgTable(
	'translation_requests',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		networkId: uuid('network_id')
			.notNull()
			.references(() => networks.id, { onDelete: 'cascade' }),
		documentId: uuid('document_id')
			.notNull()
			.references(() => documents.id, { onDelete: 'cascade' }),
		language: text('language').notNull(),
		requesterId: uuid('requester_id')
			.notNull()
			.references(() => participants.id),
		ownerId: uuid('owner_id')
			.notNull()
			.references(() => participants.id),
		requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
		note: text('note').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('translation_requests_once').on(t.documentId, t.language, t.requesterId),
		index('translation_requests_owner').on(t.ownerId, t.createdAt),
		index('translation_requests_requester').on(t.requesterId)
	]
);

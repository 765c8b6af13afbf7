import { and, asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import {
	conferences,
	documentFiles,
	documents,
	networks,
	participants,
	signatures,
	users
} from '../db/schema';

export async function findParticipantInNetwork(q: Queryable, networkSlug: string, code: string) {
	const [row] = await q
		.select({
			network: {
				id: networks.id,
				slug: networks.slug,
				acronym: networks.acronym,
				name: networks.name
			},
			participant: participants
		})
		.from(participants)
		.innerJoin(networks, eq(networks.id, participants.networkId))
		.where(and(eq(networks.slug, networkSlug), eq(participants.code, code)))
		.limit(1);
	return row;
}

/** Columns are named one by one so that password hashes and second-factor secrets never leave. */
export function listUsersOfParticipant(q: Queryable, participantId: string) {
	return q
		.select({
			id: users.id,
			email: users.email,
			name: users.name,
			role: users.role,
			isAdmin: users.isAdmin,
			active: users.active,
			locale: users.locale,
			timeZone: users.timeZone,
			secondFactorEnabledAt: users.totpEnabledAt,
			createdAt: users.createdAt,
			updatedAt: users.updatedAt
		})
		.from(users)
		.where(eq(users.participantId, participantId))
		.orderBy(asc(users.createdAt), asc(users.id));
}

// The search vector is derived from the rest, and is rebuilt on import; it is not exported.
const { searchVector: _searchVector, ...documentColumns } = getTableColumns(documents);

export function listDocumentsOwnedBy(q: Queryable, participantId: string) {
	return q
		.select(documentColumns)
		.from(documents)
		.where(eq(documents.ownerId, participantId))
		.orderBy(asc(documents.createdAt), asc(documents.id));
}

export function listDocumentFiles(q: Queryable, documentIds: readonly string[]) {
	if (documentIds.length === 0) return Promise.resolve([]);
	return q
		.select()
		.from(documentFiles)
		.where(inArray(documentFiles.documentId, [...documentIds]));
}

export function listSignaturesOf(q: Queryable, participantId: string) {
	return q
		.select({
			id: signatures.id,
			documentId: signatures.documentId,
			documentTitle: documents.title,
			conferenceEdition: conferences.edition,
			signerName: signatures.signerName,
			signerTitle: signatures.signerTitle,
			signedOn: signatures.signedOn,
			createdAt: signatures.createdAt,
			updatedAt: signatures.updatedAt
		})
		.from(signatures)
		.innerJoin(documents, eq(documents.id, signatures.documentId))
		.leftJoin(conferences, eq(conferences.id, signatures.conferenceId))
		.where(eq(signatures.participantId, participantId))
		.orderBy(asc(signatures.signedOn), asc(signatures.id));
}

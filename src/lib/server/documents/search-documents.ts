import { canRead } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { findParticipantByCode } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { searchDocumentRows } from './repository';
import type { SearchDocumentsQuery, SearchResultView } from './schemas';
import { snippetParts, type SnippetPart } from './search-snippet';

type ResultItem = SearchResultView['items'][number];

export interface SearchResults {
	items: (Omit<ResultItem, 'snippet'> & { snippet: SnippetPart[] })[];
	total: number;
	limit: number;
	offset: number;
}

/**
 * Searches the library in every language at once: a family of translations is found when any
 * version the reader may read matches, and is shown in `readerLanguage` when it has that version.
 * Row-level security decides what can match; the access check here guards against a policy
 * mistake, and the restricted documents shown are written to the read audit.
 */
export async function searchDocuments(
	ctx: Ctx,
	networkSlug: string,
	query: SearchDocumentsQuery,
	readerLanguage: string
): Promise<SearchResults> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const empty = { items: [], total: 0, limit: query.limit, offset: query.offset };
		let ownerId: string | undefined;
		if (query.owner) {
			const owner = await findParticipantByCode(tx, network.id, query.owner);
			if (!owner) return empty;
			ownerId = owner.id;
		}
		const rows = (
			await searchDocumentRows(
				tx,
				network.id,
				query.q,
				{ category: query.category, language: query.language, ownerId, year: query.year },
				query.lang ?? readerLanguage,
				{ limit: query.limit, offset: query.offset }
			)
		).filter((row) => canRead(ctx.actor, row));
		if (rows.length === 0) return empty;
		const restricted = rows.filter((row) => row.level !== 'public').map((row) => row.id);
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'search',
				entityType: 'document',
				networkId: network.id,
				details: { ids: restricted }
			});
		}
		return {
			items: rows.map((row) => ({
				documentId: row.id,
				title: row.title,
				language: row.language as ResultItem['language'],
				category: row.category,
				documentDate: row.documentDate,
				ownerCode: row.ownerCode,
				family: row.versions.map((v) => ({
					documentId: v.id,
					language: v.language as ResultItem['language'],
					title: v.title,
					translationMethod: v.translationMethod
				})),
				snippet: snippetParts(row.snippet),
				rank: row.rank
			})),
			total: rows[0]!.total,
			limit: query.limit,
			offset: query.offset
		};
	});
}

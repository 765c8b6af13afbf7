import { getLocale } from '$lib/paraglide/runtime';
import { loadFailure } from '$lib/server/forms/form-failure';
import { searchDocuments, type SearchResults } from '$lib/server/documents/search-documents';
import {
	searchDocumentsQuerySchema,
	type SearchDocumentsQuery
} from '$lib/server/documents/schemas';
import { listParticipants } from '$lib/server/registry/list-participants';

// A plain GET form and links: the search works the same without scripts.
export const csr = false;

const pageSize = 20;
const filterKeys = ['q', 'category', 'language', 'owner', 'year'] as const;

/**
 * The search as the page understands it; a filter that does not parse is dropped, not refused,
 * so a hand-edited address still searches. Without words there is nothing to search yet.
 */
function readSearch(url: URL): { query: SearchDocumentsQuery | null; typed: string } {
	const shape = searchDocumentsQuerySchema.shape;
	const values: Record<string, unknown> = { limit: pageSize, offset: 0 };
	for (const key of [...filterKeys, 'offset'] as const) {
		const raw = url.searchParams.get(key);
		if (raw === null || raw.trim() === '') continue;
		const parsed = shape[key].safeParse(raw);
		if (parsed.success && parsed.data !== undefined) values[key] = parsed.data;
	}
	const typed = (url.searchParams.get('q') ?? '').slice(0, 200);
	return { query: values.q ? (values as SearchDocumentsQuery) : null, typed };
}

function pageHref(base: string, query: SearchDocumentsQuery, offset: number): string {
	const params = new URLSearchParams();
	for (const key of filterKeys) if (query[key] !== undefined) params.set(key, String(query[key]));
	if (offset > 0) params.set('offset', String(offset));
	return `${base}?${params}`;
}

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	const locale = getLocale();
	const { query, typed } = readSearch(url);
	const empty: SearchResults = { items: [], total: 0, limit: pageSize, offset: 0 };
	const [found, participants] = await Promise.all([
		query ? searchDocuments(ctx, params.network, query, locale) : Promise.resolve(empty),
		listParticipants(ctx, params.network, locale)
	]).catch(loadFailure);
	const names = new Map(participants.map((p) => [p.code, p.name]));
	const base = `/networks/${params.network}/library`;
	return {
		network: params.network,
		typed,
		query,
		total: found.total,
		items: found.items.map((item) => ({
			...item,
			ownerName: names.get(item.ownerCode) ?? item.ownerCode
		})),
		previousHref:
			query && query.offset > 0
				? pageHref(base, query, Math.max(0, query.offset - query.limit))
				: null,
		nextHref:
			query && query.offset + query.limit < found.total
				? pageHref(base, query, query.offset + query.limit)
				: null,
		owners: participants
			.map((p) => ({ value: p.code, label: p.name }))
			.sort((a, b) => a.label.localeCompare(b.label, locale))
	};
}

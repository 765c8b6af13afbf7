import type { RequestHandler } from './$types';
import { json } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { apiRoute, readQuery } from '$lib/server/api/http';
import { searchDocuments } from '$lib/server/documents/search-documents';
import { searchDocumentsQuerySchema, type SearchResultView } from '$lib/server/documents/schemas';
import { snippetHtml } from '$lib/server/documents/search-snippet';

export const GET: RequestHandler = apiRoute(async ({ params, url }, ctx) => {
	const query = readQuery(url, searchDocumentsQuerySchema);
	const found = await searchDocuments(ctx, params.network, query, getLocale());
	const body: SearchResultView = {
		...found,
		items: found.items.map(({ snippet, ...item }) => ({
			...item,
			snippet: snippetHtml(snippet)
		}))
	};
	return json(body);
});

import { getLocale } from '$lib/paraglide/runtime';
import { listDocuments } from '$lib/server/documents/list-documents';
import { listDocumentsQuerySchema, type ListDocumentsQuery } from '$lib/server/documents/schemas';
import { listParticipants } from '$lib/server/registry/list-participants';
import { loadFailure } from '$lib/server/forms/form-failure';

// Pages are plain HTML forms and links: no client code to download on slow links.
export const csr = false;

const pageSize = 20;
const notices = ['deleted', 'created_hidden'] as const;

/**
 * The filters as the list page understands them. A value that does not parse is dropped rather
 * than refused: a hand-edited address still shows a list.
 */
function readListQuery(url: URL): ListDocumentsQuery {
	const shape = listDocumentsQuerySchema.shape;
	const pick = <K extends keyof typeof shape>(key: K) => {
		const raw = url.searchParams.get(key);
		if (raw === null || raw.trim() === '') return undefined;
		const parsed = shape[key].safeParse(raw);
		return parsed.success ? (parsed.data as ListDocumentsQuery[K]) : undefined;
	};
	return {
		q: pick('q'),
		kind: pick('kind'),
		language: pick('language'),
		owner: pick('owner'),
		limit: pick('limit') ?? pageSize,
		offset: pick('offset') ?? 0
	};
}

/** A link to another page of the same search. */
function pageHref(base: string, query: ListDocumentsQuery, offset: number): string {
	const params = new URLSearchParams();
	if (query.q) params.set('q', query.q);
	if (query.kind) params.set('kind', query.kind);
	if (query.language) params.set('language', query.language);
	if (query.owner) params.set('owner', query.owner);
	if (query.limit !== pageSize) params.set('limit', String(query.limit));
	if (offset > 0) params.set('offset', String(offset));
	const search = params.toString();
	return search ? `${base}?${search}` : base;
}

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	const locale = getLocale();
	const query = readListQuery(url);
	const [list, participants] = await Promise.all([
		listDocuments(ctx, params.network, query),
		listParticipants(ctx, params.network, locale)
	]).catch(loadFailure);
	const names = new Map(participants.map((p) => [p.code, p.name]));
	const notice = notices.find((n) => n === url.searchParams.get('notice')) ?? null;
	const base = `/networks/${params.network}/documents`;
	return {
		network: params.network,
		query,
		total: list.total,
		previousHref:
			query.offset > 0 ? pageHref(base, query, Math.max(0, query.offset - query.limit)) : null,
		nextHref:
			query.offset + query.limit < list.total
				? pageHref(base, query, query.offset + query.limit)
				: null,
		items: list.items.map((d) => ({
			id: d.id,
			title: d.title,
			kind: d.kind,
			language: d.language,
			ownerCode: d.ownerCode,
			ownerName: names.get(d.ownerCode) ?? d.ownerCode,
			documentDate: d.documentDate,
			level: d.releasability.level,
			hasFile: d.file !== null
		})),
		owners: participants
			.map((p) => ({ code: p.code, name: p.name }))
			.sort((a, b) => a.name.localeCompare(b.name, locale)),
		canCreate: list.policies.create,
		notice
	};
}

import { getLocale } from '$lib/paraglide/runtime';
import { loadFailure } from '$lib/server/forms/form-failure';
import { titleOf } from '$lib/i18n/localized';
import { countryChoices } from '$lib/server/registry/place-choices';
import { canWriteSituationNotes } from '$lib/server/situation/can-write-notes';
import { listSituationFollows } from '$lib/server/situation/list-follows';
import { listMissionChoices } from '$lib/server/situation/list-missions';
import { listSituationNotes } from '$lib/server/situation/list-situation-notes';
import {
	listSituationNotesQuerySchema,
	type ListSituationNotesQuery
} from '$lib/server/situation/schemas';
import { countryName } from '$lib/server/statistics/country-names';
import { formatWithZone } from '$lib/server/time/form-zone';
import { followAction } from './follow-actions.server';

export const csr = false;

const pageSize = 25;
const filterKeys = ['mission', 'country', 'severity', 'status', 'since'] as const;

/** The filters as the page understands them; a value that does not parse is dropped, not refused. */
function readListQuery(url: URL): ListSituationNotesQuery {
	const shape = listSituationNotesQuerySchema.shape;
	const query: Record<string, unknown> = { limit: pageSize, offset: 0 };
	for (const key of [...filterKeys, 'offset'] as const) {
		const raw = url.searchParams.get(key);
		if (raw === null || raw.trim() === '') continue;
		const parsed = shape[key].safeParse(raw);
		if (parsed.success && parsed.data !== undefined) query[key] = parsed.data;
	}
	return query as ListSituationNotesQuery;
}

function pageHref(base: string, query: ListSituationNotesQuery, offset: number): string {
	const params = new URLSearchParams();
	for (const key of filterKeys) if (query[key]) params.set(key, String(query[key]));
	if (offset > 0) params.set('offset', String(offset));
	const search = params.toString();
	return search ? `${base}?${search}` : base;
}

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	const locale = getLocale();
	const query = readListQuery(url);
	const [list, follows, missions, canCreate] = await Promise.all([
		listSituationNotes(ctx, params.network, query),
		listSituationFollows(ctx, params.network),
		listMissionChoices(ctx, locale),
		canWriteSituationNotes(ctx, params.network)
	]).catch(loadFailure);
	const base = `/networks/${params.network}/situation-notes`;
	return {
		network: params.network,
		query,
		total: list.total,
		items: list.items.map((n) => ({
			id: n.id,
			...titleOf(n.title, locale),
			mission: n.mission,
			country: countryName(n.country, locale),
			place: n.place.name,
			observedAt: n.observedAt,
			observed: formatWithZone(new Date(n.observedAt), n.timeZone, locale),
			severity: n.severity,
			category: n.category,
			closed: n.closed,
			level: n.releasability.level
		})),
		previousHref:
			query.offset > 0 ? pageHref(base, query, Math.max(0, query.offset - query.limit)) : null,
		nextHref:
			query.offset + query.limit < list.total
				? pageHref(base, query, query.offset + query.limit)
				: null,
		follows: {
			...follows,
			countryNames: follows.countries.map((c) => ({ code: c, name: countryName(c, locale) }))
		},
		missions,
		countries: countryChoices(locale),
		countryName: query.country ? countryName(query.country, locale) : null,
		canCreate
	};
}

export const actions = {
	follow: ({ locals, params, request, url }) =>
		followAction(locals.ctx, params.network, request, url, true),
	unfollow: ({ locals, params, request, url }) =>
		followAction(locals.ctx, params.network, request, url, false)
};

import { getLocale } from '$lib/paraglide/runtime';
import { getExchangePermissions } from '$lib/server/exchange/get-exchange-permissions';
import { listOffers } from '$lib/server/exchange/list-offers';
import { listRequests } from '$lib/server/exchange/list-requests';
import { listRequestsQuerySchema, type ListRequestsQuery } from '$lib/server/exchange/schemas';
import { loadFailure } from '$lib/server/forms/form-failure';
import { listParticipants } from '$lib/server/registry/list-participants';
import { titleOf } from '$lib/i18n/localized';

export const csr = false;

/** A filter value that does not parse is dropped: a hand-edited address still shows the board. */
function readFilters(url: URL): Pick<ListRequestsQuery, 'category' | 'status' | 'owner'> {
	const shape = listRequestsQuerySchema.shape;
	const get = <K extends 'category' | 'status' | 'owner'>(key: K) => {
		const raw = url.searchParams.get(key);
		if (!raw) return undefined;
		const parsed = shape[key].safeParse(raw);
		return parsed.success ? (parsed.data as ListRequestsQuery[K]) : undefined;
	};
	return { category: get('category'), status: get('status'), owner: get('owner') };
}

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	const locale = getLocale();
	const filters = readFilters(url);
	const [requests, offers, participants, permissions] = await Promise.all([
		listRequests(ctx, params.network, { ...filters, limit: 200, offset: 0 }),
		// Offers have no status of their own; a status filter is about requests.
		listOffers(ctx, params.network, {
			category: filters.category,
			owner: filters.owner,
			limit: 200,
			offset: 0
		}),
		listParticipants(ctx, params.network, locale),
		getExchangePermissions(ctx, params.network)
	]).catch(loadFailure);
	const names = new Map(participants.map((p) => [p.code, p.name]));
	return {
		network: params.network,
		filters,
		permissions,
		requests: requests.items.map((r) => ({
			id: r.id,
			...titleOf(r.title, locale),
			category: r.category,
			owner: names.get(r.ownerCode) ?? r.ownerCode,
			status: r.status,
			quantity: r.quantity,
			covered: r.covered,
			unit: r.unit,
			neededBy: r.neededBy,
			level: r.releasability.level
		})),
		offers: offers.items.map((o) => ({
			id: o.id,
			...titleOf(o.title, locale),
			category: o.category,
			owner: names.get(o.ownerCode) ?? o.ownerCode,
			capacity: o.capacity,
			unit: o.unit,
			availableFrom: o.availableFrom,
			availableUntil: o.availableUntil,
			level: o.releasability.level
		})),
		owners: participants
			.map((p) => ({ code: p.code, name: p.name }))
			.sort((a, b) => a.name.localeCompare(b.name, locale))
	};
}

import { getLocale } from '$lib/paraglide/runtime';
import { titleOf } from '$lib/i18n/localized';
import { loadFailure } from '$lib/server/forms/form-failure';
import { getPledgePermissions } from '$lib/server/pledges/get-pledge-permissions';
import { listPledges } from '$lib/server/pledges/list-pledges';
import { listPledgesQuerySchema, type ListPledgesQuery } from '$lib/server/pledges/schemas';
import { listParticipants } from '$lib/server/registry/list-participants';

export const csr = false;

const pageSize = 20;

/** The filters as the page understands them; a value that does not parse is dropped. */
function readQuery(url: URL): ListPledgesQuery {
	const shape = listPledgesQuerySchema.shape;
	const pick = <K extends keyof typeof shape>(key: K) => {
		const raw = url.searchParams.get(key);
		if (raw === null || raw.trim() === '') return undefined;
		const parsed = shape[key].safeParse(raw);
		return parsed.success ? (parsed.data as ListPledgesQuery[K]) : undefined;
	};
	return {
		unitType: pick('unitType'),
		readinessLevel: pick('readinessLevel'),
		participant: pick('participant'),
		limit: pageSize,
		offset: pick('offset') ?? 0
	};
}

function pageHref(base: string, query: ListPledgesQuery, offset: number): string {
	const params = new URLSearchParams();
	if (query.unitType) params.set('unitType', query.unitType);
	if (query.readinessLevel) params.set('readinessLevel', query.readinessLevel);
	if (query.participant) params.set('participant', query.participant);
	if (offset > 0) params.set('offset', String(offset));
	const search = params.toString();
	return search ? `${base}?${search}` : base;
}

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	const locale = getLocale();
	const query = readQuery(url);
	const [list, participants, permissions] = await Promise.all([
		listPledges(ctx, params.network, query),
		listParticipants(ctx, params.network, locale),
		getPledgePermissions(ctx, params.network)
	]).catch(loadFailure);
	const names = new Map(participants.map((p) => [p.code, p.name]));
	const base = `/networks/${params.network}/pledges`;
	return {
		network: params.network,
		query,
		total: list.total,
		previousHref:
			query.offset > 0 ? pageHref(base, query, Math.max(0, query.offset - pageSize)) : null,
		nextHref:
			query.offset + pageSize < list.total ? pageHref(base, query, query.offset + pageSize) : null,
		items: list.items.map((p) => ({
			id: p.id,
			...titleOf(p.title, locale),
			participantName: names.get(p.participant) ?? p.participant,
			unitType: p.unitType,
			readinessLevel: p.readinessLevel,
			personnel: p.personnel.total,
			femaleShare: p.femaleShare,
			availableFrom: p.availableFrom,
			level: p.releasability.level
		})),
		participants: participants
			.map((p) => ({ code: p.code, name: p.name }))
			.sort((a, b) => a.name.localeCompare(b.name, locale)),
		canPledge: permissions.canPledge,
		ownCode: ctx.actor.participant?.code ?? null,
		notice: url.searchParams.get('notice') === 'deleted' ? 'deleted' : null
	};
}

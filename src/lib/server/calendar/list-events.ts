import { canRead } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import type { Transaction } from '../db/client';
import { withActor } from '../db/with-actor';
import type { Actor } from '../access/actor';
import { findParticipantByCode, type NetworkRow } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { toEventView } from './event-view';
import { releaseCodeMap } from '../access/releasability';
import { listEventRows } from './repository';
import type { EventListView, ListEventsQuery } from './schemas';

/** The events of a network the actor may see, filtered; restricted ones are audited as listed. */
export function listEvents(
	ctx: Ctx,
	networkSlug: string,
	query: ListEventsQuery
): Promise<EventListView> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		return listEventsIn(tx, ctx.actor, network, query);
	});
}

export async function listEventsIn(
	tx: Transaction,
	actor: Actor,
	network: NetworkRow,
	query: ListEventsQuery,
	options: { publicOnly?: boolean; purpose?: string } = {}
): Promise<EventListView> {
	let organiserId: string | undefined;
	if (query.organiser) {
		const organiser = await findParticipantByCode(tx, network.id, query.organiser);
		if (!organiser) return { items: [], total: 0, limit: query.limit, offset: query.offset };
		organiserId = organiser.id;
	}
	const { rows, total } = await listEventRows(
		tx,
		{
			networkId: network.id,
			year: query.year,
			kind: query.kind,
			organiserId,
			countryCode: query.country,
			language: query.language,
			from: query.from,
			to: query.to,
			publicOnly: options.publicOnly
		},
		{ limit: query.limit, offset: query.offset }
	);
	// Row-level security has already filtered; the check here guards against a policy mistake.
	const visible = rows.filter((row) => canRead(actor, row.event));
	const restricted = visible.filter((r) => r.event.level !== 'public').map((r) => r.event.id);
	if (restricted.length > 0) {
		await recordRead(tx, actor, {
			action: 'list',
			entityType: 'event',
			networkId: network.id,
			details: options.purpose ? { ids: restricted, purpose: options.purpose } : { ids: restricted }
		});
	}
	const codes = await releaseCodeMap(
		tx,
		visible.map((r) => r.event.releasedTo)
	);
	return {
		items: visible.map((row) => toEventView(network.slug, row, codes)),
		total,
		limit: query.limit,
		offset: query.offset
	};
}

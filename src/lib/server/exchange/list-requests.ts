import { canRead } from '../access/access';
import { releaseCodeMap } from '../access/releasability';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { findParticipantByCode } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { toRequestListItem } from './request-view';
import { listCommitmentRows, listRequestRows } from './repository';
import type { ListRequestsQuery, RequestListView } from './schemas';

/**
 * The requests the reader sees, newest first. The status is derived from the commitments, so the
 * status filter applies after they are read; a network's requests are a few hundred at most.
 */
export async function listRequests(
	ctx: Ctx,
	networkSlug: string,
	query: ListRequestsQuery
): Promise<RequestListView> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const empty = { items: [], total: 0, limit: query.limit, offset: query.offset };
		let ownerId: string | undefined;
		if (query.owner) {
			const owner = await findParticipantByCode(tx, network.id, query.owner);
			if (!owner) return empty;
			ownerId = owner.id;
		}
		const rows = (await listRequestRows(tx, network.id, { category: query.category, ownerId }))
			// Row-level security has already filtered; the check here guards against a policy mistake.
			.filter((row) => canRead(ctx.actor, row.request));
		const commitments = await listCommitmentRows(
			tx,
			rows.map((r) => r.request.id)
		);
		const codes = await releaseCodeMap(
			tx,
			rows.map((r) => r.request.releasedTo)
		);
		const all = rows
			.map((row) =>
				toRequestListItem(
					network.slug,
					row,
					commitments.filter((c) => c.commitment.requestId === row.request.id),
					codes
				)
			)
			.filter((item) => !query.status || item.status === query.status);
		const items = all.slice(query.offset, query.offset + query.limit);
		const restricted = items.filter((i) => i.releasability.level !== 'public').map((i) => i.id);
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'cooperation_request',
				networkId: network.id,
				details: { ids: restricted }
			});
		}
		return { items, total: all.length, limit: query.limit, offset: query.offset };
	});
}

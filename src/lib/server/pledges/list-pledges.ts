import { canRead } from '../access/access';
import { releaseCodeMap } from '../access/releasability';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { findParticipantByCode } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { toPledgeView } from './pledge-view';
import { listPledgeRows } from './repository';
import type { ListPledgesQuery, PledgeListView } from './schemas';

/** The pledges released to the caller, filtered by unit type, readiness level and participant. */
export function listPledges(
	ctx: Ctx,
	networkSlug: string,
	query: ListPledgesQuery
): Promise<PledgeListView> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		let ownerId: string | undefined;
		if (query.participant) {
			const owner = await findParticipantByCode(tx, network.id, query.participant);
			if (!owner) return { items: [], total: 0, limit: query.limit, offset: query.offset };
			ownerId = owner.id;
		}
		const { rows, total } = await listPledgeRows(
			tx,
			network.id,
			{ unitType: query.unitType, readinessLevel: query.readinessLevel, ownerId },
			{ limit: query.limit, offset: query.offset }
		);
		// Row-level security has already filtered; the check here guards against a policy mistake.
		const visible = rows.filter((row) => canRead(ctx.actor, row.pledge));
		const restricted = visible.filter((r) => r.pledge.level !== 'public').map((r) => r.pledge.id);
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'pledge',
				networkId: network.id,
				details: { ids: restricted }
			});
		}
		const codes = await releaseCodeMap(
			tx,
			visible.map((row) => row.pledge.releasedTo)
		);
		return {
			items: visible.map((row) => toPledgeView(network.slug, row, codes)),
			total,
			limit: query.limit,
			offset: query.offset
		};
	});
}

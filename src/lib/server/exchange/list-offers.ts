import { canRead } from '../access/access';
import { releaseCodeMap } from '../access/releasability';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { findParticipantByCode } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { toOfferListItem } from './request-view';
import { listOfferRows } from './repository';
import type { ListOffersQuery, OfferListView } from './schemas';

/** The offers the reader sees, newest first; closed ones only when asked for. */
export async function listOffers(
	ctx: Ctx,
	networkSlug: string,
	query: ListOffersQuery
): Promise<OfferListView> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		let ownerId: string | undefined;
		if (query.owner) {
			const owner = await findParticipantByCode(tx, network.id, query.owner);
			if (!owner) return { items: [], total: 0, limit: query.limit, offset: query.offset };
			ownerId = owner.id;
		}
		const rows = (
			await listOfferRows(tx, network.id, {
				category: query.category,
				ownerId,
				includeClosed: query.includeClosed
			})
		).filter((row) => canRead(ctx.actor, row.offer));
		const page = rows.slice(query.offset, query.offset + query.limit);
		const restricted = page.filter((r) => r.offer.level !== 'public').map((r) => r.offer.id);
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'cooperation_offer',
				networkId: network.id,
				details: { ids: restricted }
			});
		}
		const codes = await releaseCodeMap(
			tx,
			page.map((r) => r.offer.releasedTo)
		);
		return {
			items: page.map((row) => toOfferListItem(network.slug, row, codes)),
			total: rows.length,
			limit: query.limit,
			offset: query.offset
		};
	});
}

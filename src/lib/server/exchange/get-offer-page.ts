import { canWrite } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { getOffer } from './get-offer';
import { listOfferMatches } from './list-offer-matches';
import { findOffer } from './repository';
import type { OfferMatchesView, OfferView } from './schemas';

/** The offer, the open requests it could serve, and whether the reader may change it. */
export async function getOfferPage(
	ctx: Ctx,
	networkSlug: string,
	id: string
): Promise<{ offer: OfferView; matches: OfferMatchesView['items']; canEdit: boolean }> {
	const offer = await getOffer(ctx, networkSlug, id);
	const { items } = await listOfferMatches(ctx, networkSlug, id);
	const canEdit = await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findOffer(tx, network.id, id);
		return row !== undefined && canWrite(ctx.actor, row.offer);
	});
	return { offer, matches: items, canEdit };
}

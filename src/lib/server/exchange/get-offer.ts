import { requireRead } from '../access/access';
import { releaseCodeMap } from '../access/releasability';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { toOfferView } from './request-view';
import { findOffer } from './repository';
import type { OfferView } from './schemas';

export async function getOffer(ctx: Ctx, networkSlug: string, id: string): Promise<OfferView> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findOffer(tx, network.id, id);
		requireRead(ctx.actor, row?.offer);
		if (row!.offer.level !== 'public') {
			await recordRead(tx, ctx.actor, {
				action: 'read',
				entityType: 'cooperation_offer',
				entityId: id,
				networkId: network.id
			});
		}
		const codes = await releaseCodeMap(tx, [row!.offer.releasedTo]);
		return toOfferView(network.slug, row!, codes);
	});
}

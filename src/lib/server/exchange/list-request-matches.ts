import { canRead, requireRead } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { coveredOf } from './coverage';
import { scoreMatch } from './matching';
import { dayOf, toCoverage, toCoverageCommitments } from './request-view';
import { findRequest, listCommitmentRows, listOfferRows } from './repository';
import type { RequestMatchesView } from './schemas';

/**
 * The open offers that could serve a request, best first. Only offers the reader sees take part:
 * row-level security filters them, and the code check stands behind it.
 */
export async function listRequestMatches(
	ctx: Ctx,
	networkSlug: string,
	requestId: string,
	now = new Date()
): Promise<RequestMatchesView> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findRequest(tx, network.id, requestId);
		requireRead(ctx.actor, row?.request);
		const request = row!.request;
		const commitments = toCoverageCommitments(await listCommitmentRows(tx, [request.id]));
		const covered = coveredOf(toCoverage(request), commitments);
		const offers = (await listOfferRows(tx, network.id, { exceptOwnerId: request.ownerId })).filter(
			(o) => canRead(ctx.actor, o.offer)
		);
		const today = dayOf(now);
		const items = offers
			.flatMap(({ offer, ownerCode }) => {
				const match = scoreMatch({ ...request, covered }, offer, today);
				return match ? [{ offerId: offer.id, ...match, ownerCode, title: offer.title }] : [];
			})
			.sort((a, b) => b.score - a.score || a.offerId.localeCompare(b.offerId));
		const restricted = offers
			.filter((o) => o.offer.level !== 'public' && items.some((i) => i.offerId === o.offer.id))
			.map((o) => o.offer.id);
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'cooperation_offer',
				networkId: network.id,
				details: { ids: restricted, purpose: 'matches' }
			});
		}
		return { items };
	});
}

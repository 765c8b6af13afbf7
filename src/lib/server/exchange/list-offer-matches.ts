import { canRead, requireRead } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { coveredOf, deriveStatus } from './coverage';
import { scoreMatch } from './matching';
import { dayOf, toCoverage, toCoverageCommitments } from './request-view';
import { findOffer, listCommitmentRows, listOpenRequestRows } from './repository';
import type { OfferMatchesView } from './schemas';

/** The open requests an offer could serve, best first, among those the reader sees. */
export async function listOfferMatches(
	ctx: Ctx,
	networkSlug: string,
	offerId: string,
	now = new Date()
): Promise<OfferMatchesView> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findOffer(tx, network.id, offerId);
		requireRead(ctx.actor, row?.offer);
		const offer = row!.offer;
		const requests = (await listOpenRequestRows(tx, network.id, offer.ownerId)).filter((r) =>
			canRead(ctx.actor, r.request)
		);
		const commitments = toCoverageCommitments(
			await listCommitmentRows(
				tx,
				requests.map((r) => r.request.id)
			)
		);
		const today = dayOf(now);
		const items = requests
			.flatMap(({ request, ownerCode }) => {
				const coverage = toCoverage(request);
				const status = deriveStatus(coverage, commitments);
				if (status !== 'open' && status !== 'partly_covered') return [];
				const covered = coveredOf(coverage, commitments);
				const match = scoreMatch({ ...request, covered }, offer, today);
				return match
					? [{ requestId: request.id, ...match, ownerCode, title: request.title, status }]
					: [];
			})
			.sort((a, b) => b.score - a.score || a.requestId.localeCompare(b.requestId));
		const restricted = requests
			.filter(
				(r) => r.request.level !== 'public' && items.some((i) => i.requestId === r.request.id)
			)
			.map((r) => r.request.id);
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'cooperation_request',
				networkId: network.id,
				details: { ids: restricted, purpose: 'matches' }
			});
		}
		return { items };
	});
}

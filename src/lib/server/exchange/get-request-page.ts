import { pickLocalized } from '$lib/i18n/localized';
import { canActForSide, canCommitTo, canWrite } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { getRequest } from './get-request';
import { stepsFor } from './lifecycle';
import { listRequestMatches } from './list-request-matches';
import { findRequest, listOfferRows } from './repository';
import type { RequestMatchesView, RequestView, TransitionTarget } from './schemas';

interface RequestPage {
	request: RequestView;
	matches: RequestMatchesView['items'];
	canEdit: boolean;
	canCommit: boolean;
	/** The steps the reader may take on each commitment, by commitment id. */
	steps: Record<string, TransitionTarget[]>;
	/** The reader's participant's open offers, to commit from. */
	ownOffers: { id: string; title: string }[];
}

/** Everything the request page shows, and what the reader may do there. */
export async function getRequestPage(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	locale: string
): Promise<RequestPage> {
	const request = await getRequest(ctx, networkSlug, id);
	const matches = (await listRequestMatches(ctx, networkSlug, id)).items;
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = (await findRequest(tx, network.id, id))!;
		const own = ctx.actor.participant;
		const canCommit = canCommitTo(ctx.actor, row.request) && row.request.closedAt === null;
		const steps: Record<string, TransitionTarget[]> = {};
		for (const c of request.commitments) {
			const provider = own?.code === c.providerCode ? own.id : null;
			steps[c.id] = [
				...(canActForSide(ctx.actor, network.id, row.request.ownerId)
					? stepsFor(c.status, 'requester')
					: []),
				...(provider && canActForSide(ctx.actor, network.id, provider)
					? stepsFor(c.status, 'provider')
					: [])
			];
		}
		const ownOffers =
			canCommit && own
				? (await listOfferRows(tx, network.id, { ownerId: own.id })).map((o) => ({
						id: o.offer.id,
						title: pickLocalized(o.offer.title, locale)
					}))
				: [];
		return {
			request,
			matches,
			canEdit: canWrite(ctx.actor, row.request),
			canCommit,
			steps,
			ownOffers
		};
	});
}

import { canFollowSituation, requireSignedIn } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { checkMission } from './create-situation-note';
import { deleteFollow, insertFollow } from './repository';
import type { FollowSubject } from './schemas';

/** Starts or stops following a mission or a country; doing it twice changes nothing. */
export async function followSituation(
	ctx: Ctx,
	networkSlug: string,
	subject: FollowSubject,
	follow: boolean
): Promise<void> {
	requireSignedIn(ctx.actor);
	const userId = ctx.actor.userId;
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		if (!canFollowSituation(ctx.actor, network.id)) throw new ForbiddenError();
		const row = {
			userId,
			networkId: network.id,
			mission: subject.mission ? await checkMission(tx, subject.mission) : null,
			countryIso3: subject.country ?? null
		};
		if (follow) await insertFollow(tx, row);
		else await deleteFollow(tx, row);
	});
}

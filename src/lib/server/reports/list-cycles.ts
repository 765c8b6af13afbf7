import { requireSignedIn } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { listParticipantRows } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { toCycleView } from './cycle-context';
import { listCycleRows } from './repository';
import type { CycleView } from './schemas';

/** The network's cycles, newest due date first, for its participants' signed-in users. */
export function listCycles(ctx: Ctx, networkSlug: string): Promise<CycleView[]> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		if (!ctx.actor.isAdmin && ctx.actor.participant?.networkId !== network.id) {
			throw new NotFoundError();
		}
		const cycles = await listCycleRows(tx, network.id);
		const participants = new Map((await listParticipantRows(tx, network.id)).map((p) => [p.id, p]));
		return cycles.map((cycle) =>
			toCycleView({
				network: { id: network.id, slug: network.slug },
				cycle,
				participants,
				presidencyNow: null,
				today: ''
			})
		);
	});
}

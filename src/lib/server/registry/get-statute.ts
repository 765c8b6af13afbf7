import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from './require-network';
import type { StatuteView } from './schemas';
import { statuteOf } from './statute-view';

export function getStatute(
	ctx: Ctx,
	networkSlug: string,
	locale: string
): Promise<StatuteView | null> {
	return withActor(ctx.db, ctx.actor, async (tx) =>
		statuteOf(tx, await requireNetwork(tx, networkSlug), locale)
	);
}

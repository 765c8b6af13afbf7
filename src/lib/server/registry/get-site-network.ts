import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { findNetwork } from './require-network';

/** The network this installation serves by default, which brands every page. */
export function getSiteNetwork(ctx: Ctx, slug: string) {
	return withActor(ctx.db, ctx.actor, (tx) => findNetwork(tx, slug));
}

import { requireSignedIn } from '../access/access';
import type { Ctx } from '../context';
import { listActiveApiTokenRows } from './repository';

export interface ApiTokenView {
	id: string;
	name: string;
	createdAt: Date;
	lastUsedAt: Date | null;
}

/** The acting user's tokens that still work; secrets are never shown again. */
export async function listApiTokens(ctx: Ctx): Promise<ApiTokenView[]> {
	requireSignedIn(ctx.actor);
	return listActiveApiTokenRows(ctx.db, ctx.actor.userId);
}

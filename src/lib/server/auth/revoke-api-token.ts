import { requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { NotFoundError } from '../errors';
import { revokeApiTokenRow } from './repository';

/** Revokes one of the acting user's tokens. Anyone else's token is reported as missing. */
export async function revokeApiToken(ctx: Ctx, id: string, now = new Date()): Promise<void> {
	requireSignedIn(ctx.actor);
	const userId = ctx.actor.userId;
	await ctx.db.transaction(async (tx) => {
		const name = await revokeApiTokenRow(tx, userId, id, now);
		if (name === undefined) throw new NotFoundError();
		await appendAudit(tx, ctx.actor, {
			action: 'revoke',
			entityType: 'api_token',
			entityId: id,
			details: { name }
		});
	});
}

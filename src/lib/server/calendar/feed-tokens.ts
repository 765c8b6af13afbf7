import { requireSignedIn } from '../access/access';
import { hashToken, newSecretToken } from '../auth/tokens';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { findLiveFeedToken, insertFeedToken, revokeFeedTokensOf } from './repository';

export interface FeedTokenStatus {
	active: boolean;
	createdAt: string | null;
	lastUsedAt: string | null;
}

/** Whether the actor has a live personal feed address (the address itself is never kept). */
export async function getFeedTokenStatus(ctx: Ctx): Promise<FeedTokenStatus> {
	requireSignedIn(ctx.actor);
	const row = await findLiveFeedToken(ctx.db, ctx.actor.userId);
	return {
		active: row !== undefined,
		createdAt: row?.createdAt.toISOString() ?? null,
		lastUsedAt: row?.lastUsedAt?.toISOString() ?? null
	};
}

/**
 * Makes a new personal feed token, revoking any earlier one, and returns it: the only time it is
 * seen. Feed tokens live outside row-level security (like API tokens), so the check is here.
 */
export async function createFeedToken(ctx: Ctx): Promise<string> {
	requireSignedIn(ctx.actor);
	const userId = ctx.actor.userId;
	const token = newSecretToken();
	await ctx.db.transaction(async (tx) => {
		await revokeFeedTokensOf(tx, userId);
		await insertFeedToken(tx, userId, hashToken(token));
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'calendar_feed_token',
			entityId: userId
		});
	});
	return token;
}

export async function revokeFeedToken(ctx: Ctx): Promise<boolean> {
	requireSignedIn(ctx.actor);
	const userId = ctx.actor.userId;
	return ctx.db.transaction(async (tx) => {
		const revoked = await revokeFeedTokensOf(tx, userId);
		if (revoked > 0) {
			await appendAudit(tx, ctx.actor, {
				action: 'revoke',
				entityType: 'calendar_feed_token',
				entityId: userId
			});
		}
		return revoked > 0;
	});
}

import type { Actor } from '../access/actor';
import { hashToken } from '../auth/tokens';
import { loadUserActor } from '../auth/user-actor';
import type { Database } from '../db/client';
import { NotFoundError } from '../errors';
import { findLiveFeedTokenByHash, isActiveUser, touchFeedToken } from './repository';

/**
 * The user a private feed key stands for (the calendar's key, also used by mission feeds). The key
 * is the only credential, so this is unsafe by design: 256 random bits, only its hash kept. An
 * unknown or revoked key, or a deactivated user, is a 404.
 */
export async function unsafeFeedReader(db: Database, token: string): Promise<Actor> {
	const row = await findLiveFeedTokenByHash(db, hashToken(token));
	if (!row || !(await isActiveUser(db, row.userId))) throw new NotFoundError();
	const actor = await loadUserActor(db, row.userId);
	if (!actor.userId || !actor.participant) throw new NotFoundError();
	await touchFeedToken(db, row.id);
	return actor;
}

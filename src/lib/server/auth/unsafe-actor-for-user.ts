import type { Actor } from '../access/actor';
import type { Database } from '../db/client';
import { NotFoundError } from '../errors';
import { findUserByEmail } from './repository';
import { loadUserActor } from './user-actor';

/**
 * The actor of an active user picked by email.
 * Unsafe: vouches for the user without any credential; only the operator's console (the CLI),
 * which already has full access to the database, may act for a user this way.
 */
export async function unsafeActorForUser(db: Database, email: string): Promise<Actor> {
	const user = await findUserByEmail(db, email);
	if (!user || !user.active) throw new NotFoundError(`No active user with the email ${email}`);
	return loadUserActor(db, user.id);
}

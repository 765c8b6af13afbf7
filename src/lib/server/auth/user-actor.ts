import type { Queryable } from '../db/client';
import { anonymousActor, type Actor } from '../access/actor';
import { findUserWithParticipant } from './repository';
import { actorFrom } from './resolve-actor';

/** The actor a user acts as, for audit entries written before a request actor exists. */
export async function loadUserActor(q: Queryable, userId: string): Promise<Actor> {
	const row = await findUserWithParticipant(q, userId);
	return row ? actorFrom(row) : anonymousActor;
}

import type { Actor } from '../access/actor';
import { canManagePeopleOf, requireSignedIn } from '../access/access';
import type { Queryable } from '../db/client';
import { ForbiddenError, NotFoundError } from '../errors';
import { findPersonForUpdate, type PersonRow } from './repository';

/**
 * Refuses people management of `participantId` (null: administrators, who have no participant).
 * A participant outside the actor's reach answers 404 so that nothing about it is confirmed; the
 * actor's own participant without the focal point role answers 403.
 */
export function requireManagePeople(actor: Actor, participantId: string | null): void {
	requireSignedIn(actor);
	if (participantId === null) {
		if (actor.isAdmin) return;
		throw new NotFoundError();
	}
	if (canManagePeopleOf(actor, participantId)) return;
	if (actor.participant?.id === participantId) throw new ForbiddenError();
	throw new NotFoundError();
}

/** Loads and locks a person the actor may manage; anyone else is reported as missing or forbidden. */
export async function requireManagedPerson(
	q: Queryable,
	actor: Actor,
	personId: string
): Promise<PersonRow> {
	requireSignedIn(actor);
	const row = await findPersonForUpdate(q, personId);
	if (!row) throw new NotFoundError();
	requireManagePeople(actor, row.person.isAdmin ? null : row.person.participantId);
	return row;
}

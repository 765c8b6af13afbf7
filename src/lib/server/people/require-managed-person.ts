import type { Actor } from '../access/actor';
import { requireManagePeople, requireSignedIn } from '../access/access';
import type { Queryable } from '../db/client';
import { NotFoundError } from '../errors';
import { findPersonForUpdate, type PersonRow } from './repository';

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

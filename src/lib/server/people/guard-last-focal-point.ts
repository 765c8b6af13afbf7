import type { Actor } from '../access/actor';
import type { Queryable } from '../db/client';
import { ConflictError } from '../errors';
import { lockActiveAdmins, lockActiveFocalPoints, type PersonRow } from './repository';

/**
 * A focal point may not leave its participant without an active focal point: nobody but an
 * administrator could then manage its people. Administrators may, as they can appoint a new one.
 */
export async function guardLastFocalPoint(
	q: Queryable,
	actor: Actor,
	row: PersonRow
): Promise<void> {
	const { person } = row;
	if (actor.isAdmin || !person.active || person.role !== 'focal_point' || !person.participantId) {
		return;
	}
	const others = (await lockActiveFocalPoints(q, person.participantId)).filter(
		(id) => id !== person.id
	);
	if (others.length === 0) {
		throw new ConflictError(
			'people_last_focal_point',
			'The participant would be left without an active focal point'
		);
	}
}

/** The installation always keeps one active administrator. */
export async function guardLastAdmin(q: Queryable, row: PersonRow): Promise<void> {
	const { person } = row;
	if (!person.isAdmin || !person.active) return;
	const others = (await lockActiveAdmins(q)).filter((id) => id !== person.id);
	if (others.length === 0) {
		throw new ConflictError(
			'people_last_admin',
			'The last active administrator cannot be deactivated'
		);
	}
}

import { canEditEvent, canRead } from '../access/access';
import type { Actor } from '../access/actor';
import { NotFoundError, UnauthenticatedError, ForbiddenError } from '../errors';
import type { EventWithNames } from './repository';

/** An event the actor cannot see is missing; one it sees but may not change is forbidden. */
export function requireEditableEvent(
	actor: Actor,
	row: EventWithNames | undefined,
	presidencyId: string | null
): asserts row is EventWithNames {
	if (!row || !canRead(actor, row.event)) throw new NotFoundError();
	if (!actor.userId) throw new UnauthenticatedError();
	if (!canEditEvent(actor, row.event, presidencyId)) throw new ForbiddenError();
}

import { randomUUID } from 'node:crypto';
import { canRead, requireSignedIn, requireWriteAs } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { resolveReleasability } from '../access/releasability';
import { requireNetwork } from '../registry/require-network';
import {
	findDelegationOf,
	findEvent,
	insertDelegation,
	lockEventForRegistration,
	updateDelegationRow
} from './repository';
import type { RegisterDelegationInput } from './schemas';
import { todayIn } from './time';

/**
 * Registers the actor's participant's delegation for an event, or replaces the one it registered.
 * The event row stays locked until commit, so two registrations at once cannot both take the
 * last seats.
 */
export async function registerDelegation(
	ctx: Ctx,
	networkSlug: string,
	eventId: string,
	input: RegisterDelegationInput,
	now: Date = new Date()
): Promise<{ id: string; created: boolean }> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findEvent(tx, network.id, eventId);
		if (!row || !canRead(ctx.actor, row.event)) throw new NotFoundError();
		const owner = ctx.actor.participant;
		if (!owner || owner.networkId !== network.id) {
			throw new ValidationError([{ path: 'participant', message: 'cal_err_not_in_network' }]);
		}
		requireWriteAs(ctx.actor, network.id, owner.id);
		const event = row.event;
		if (event.cancelled) throw new ConflictError('cal_err_cancelled', 'The event is cancelled');
		const today = todayIn(event.timeZone, now);
		if (event.endsOn < today) throw new ConflictError('cal_err_event_over', 'The event is over');
		if (event.registrationDeadline && event.registrationDeadline < today) {
			throw new ConflictError('cal_err_deadline', 'Registration is closed');
		}
		const taken = await lockEventForRegistration(tx, eventId);
		if (taken === null) throw new NotFoundError();
		const existing = await findDelegationOf(tx, eventId, owner.id);
		const size = input.women + input.men + input.otherGender;
		if (event.capacity !== null && taken - (existing?.size ?? 0) + size > event.capacity) {
			throw new ConflictError('cal_err_full', 'Not enough seats left');
		}
		const releasability = await resolveReleasability(tx, network.id, input.releasability);
		const values = {
			members: input.members,
			women: input.women,
			men: input.men,
			otherGender: input.otherGender,
			size,
			level: releasability.level,
			releasedTo: releasability.releasedTo
		};
		const id = existing?.id ?? randomUUID();
		if (existing) {
			if ((await updateDelegationRow(tx, id, values)) === 0) throw new NotFoundError();
		} else {
			await insertDelegation(tx, {
				id,
				networkId: network.id,
				ownerId: owner.id,
				eventId,
				createdBy: ctx.actor.userId,
				...values
			});
		}
		await appendAudit(tx, ctx.actor, {
			action: existing ? 'update' : 'create',
			entityType: 'event_delegation',
			entityId: id,
			networkId: network.id,
			details: { eventId, size, level: releasability.level }
		});
		return { id, created: !existing };
	});
}

import { randomUUID } from 'node:crypto';
import { canRegisterTrainingCentre, requireSignedIn } from '../access/access';
import { resolveReleasability } from '../access/releasability';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ForbiddenError, ValidationError } from '../errors';
import { findParticipantByCode } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { insertCentre } from './repository';
import type { CreateCentreInput } from './schemas';

/**
 * Registers a training centre for its owning participant: by that participant's focal points, or
 * by an administrator for any participant (ALCOPAZ's own entries included).
 */
export async function createTrainingCentre(
	ctx: Ctx,
	networkSlug: string,
	input: CreateCentreInput
): Promise<{ id: string }> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const own = ctx.actor.participant;
		const code = input.ownerCode ?? (own?.networkId === network.id ? own.code : undefined);
		if (!code) {
			throw new ValidationError([{ path: 'ownerCode', message: 'train_err_owner_required' }]);
		}
		const owner = await findParticipantByCode(tx, network.id, code);
		if (!owner) {
			throw new ValidationError([{ path: 'ownerCode', message: 'train_err_owner_unknown' }]);
		}
		if (!canRegisterTrainingCentre(ctx.actor, network.id, owner.id)) throw new ForbiddenError();
		const releasability = await resolveReleasability(tx, network.id, input.releasability);
		const id = randomUUID();
		await insertCentre(tx, {
			id,
			networkId: network.id,
			ownerId: owner.id,
			level: releasability.level,
			releasedTo: releasability.releasedTo,
			name: input.name,
			city: input.city,
			countryCode: input.countryCode,
			contact: input.contact,
			courses: input.courses,
			unRecognition: input.unRecognition || null,
			createdBy: ctx.actor.userId
		});
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'training_centre',
			entityId: id,
			networkId: network.id,
			details: { owner: owner.code, level: releasability.level }
		});
		return { id };
	});
}

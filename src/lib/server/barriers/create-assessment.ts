import { randomUUID } from 'node:crypto';
import { requireSignedIn, requireWriteAs } from '../access/access';
import { resolveReleasability } from '../access/releasability';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError, ValidationError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { assessmentExists, insertAssessment } from './repository';
import type { CreateAssessmentInput } from './schemas';

/**
 * A participant's editors and focal points open its assessment of a year, as a draft that only
 * the participant sees until it is published. One assessment per year and scope.
 */
export async function createAssessment(
	ctx: Ctx,
	networkSlug: string,
	input: CreateAssessmentInput
): Promise<{ id: string }> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const own = ctx.actor.participant;
		if (!own || own.networkId !== network.id) {
			throw new ValidationError([{ path: 'owner', message: 'bar_err_not_in_network' }]);
		}
		requireWriteAs(ctx.actor, network.id, own.id);
		if (await assessmentExists(tx, own.id, input.year, input.scope)) {
			throw new ConflictError('bar_err_duplicate', 'An assessment of that year and scope exists');
		}
		const releasability = await resolveReleasability(tx, network.id, input.releasability);
		const id = randomUUID();
		await insertAssessment(tx, {
			id,
			networkId: network.id,
			ownerId: own.id,
			level: releasability.level,
			releasedTo: releasability.releasedTo,
			year: input.year,
			scope: input.scope,
			notes: input.notes,
			createdBy: ctx.actor.userId
		});
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'barrier_assessment',
			entityId: id,
			networkId: network.id,
			details: { year: input.year, scope: input.scope, level: releasability.level }
		});
		return { id };
	});
}

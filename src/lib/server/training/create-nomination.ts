import { randomUUID } from 'node:crypto';
import { canNominateTrainees, requireSignedIn } from '../access/access';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { ConflictError, ForbiddenError } from '../errors';
import { loadCourseFacts } from './course-facts';
import { nominationsOpen } from './get-course';
import { insertNomination } from './repository';
import type { NominateInput } from './schemas';
import { isOffered, seatFreeFor } from './seat-allocation';

/**
 * A participant's focal point nominates a person to a course. The nominee takes a seat when one
 * is free for the participant (its named seats, then the shared pool) and waits for the
 * organiser's decision; otherwise the nominee is waitlisted, never dropped. The course stays
 * locked until commit, so two nominations at once cannot both take the last seat.
 */
export async function createNomination(
	ctx: Ctx,
	networkSlug: string,
	eventId: string,
	input: NominateInput,
	now: Date = new Date()
): Promise<{ id: string; status: 'nominated' | 'waitlisted' }> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const facts = await loadCourseFacts(tx, ctx.actor, networkSlug, eventId, true);
		const own = ctx.actor.participant;
		if (
			!own ||
			own.code !== input.participantCode ||
			!canNominateTrainees(ctx.actor, facts.network.id)
		) {
			throw new ForbiddenError();
		}
		if (!nominationsOpen(facts.event, now)) {
			throw new ConflictError('train_err_nominations_closed', 'Nominations are closed');
		}
		if (!isOffered(facts.offers, own.id)) {
			throw new ConflictError('train_err_no_seats_offered', 'No seats are offered to you');
		}
		const status = seatFreeFor(facts.offers, facts.holdings, own.id) ? 'nominated' : 'waitlisted';
		const id = randomUUID();
		await insertNomination(tx, {
			id,
			networkId: facts.network.id,
			ownerId: own.id,
			eventId,
			name: input.name,
			rank: input.rank,
			gender: input.gender,
			email: input.email,
			role: input.role,
			status,
			waitlistedAt: status === 'waitlisted' ? now : null,
			createdBy: ctx.actor.userId
		});
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'training_nomination',
			entityId: id,
			networkId: facts.network.id,
			details: { eventId, status }
		});
		return { id, status };
	});
}

import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { loadWritableAssessment } from './load-assessment';
import { insertRecommendation, insertRecommendationUpdate } from './repository';
import type { CreateRecommendationInput } from './schemas';

/** Adds a recommendation to an area; its first status is the first step of its follow-up. */
export async function createRecommendation(
	ctx: Ctx,
	networkSlug: string,
	assessmentId: string,
	input: CreateRecommendationInput
): Promise<{ id: string }> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		await loadWritableAssessment(tx, ctx.actor, network, assessmentId);
		const id = randomUUID();
		const now = new Date();
		await insertRecommendation(tx, {
			id,
			assessmentId,
			area: input.area,
			text: input.text,
			priority: input.priority,
			responsible: input.responsible,
			dueOn: input.dueOn ?? null,
			status: input.status,
			createdBy: ctx.actor.userId,
			createdAt: now,
			updatedAt: now
		});
		await insertRecommendationUpdate(tx, {
			recommendationId: id,
			status: input.status,
			note: '',
			createdBy: ctx.actor.userId,
			createdAt: now
		});
		await appendAudit(tx, ctx.actor, {
			action: 'create',
			entityType: 'barrier_recommendation',
			entityId: id,
			networkId: network.id,
			details: { assessment: assessmentId, area: input.area, priority: input.priority }
		});
		return { id };
	});
}

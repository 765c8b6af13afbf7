import { appendAudit } from '../audit/append-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { loadWritableAssessment } from './load-assessment';
import {
	findRecommendation,
	insertRecommendationUpdate,
	updateRecommendationRow
} from './repository';
import type { RecommendationUpdateInput } from './schemas';

/** Records a step of a recommendation's follow-up: its status now, what was done, a new due date. */
export async function followUpRecommendation(
	ctx: Ctx,
	networkSlug: string,
	assessmentId: string,
	recommendationId: string,
	input: RecommendationUpdateInput
): Promise<void> {
	await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		await loadWritableAssessment(tx, ctx.actor, network, assessmentId);
		const found = await findRecommendation(tx, assessmentId, recommendationId);
		if (!found) throw new NotFoundError();
		await updateRecommendationRow(tx, recommendationId, {
			status: input.status,
			...(input.dueOn !== undefined ? { dueOn: input.dueOn } : {})
		});
		await insertRecommendationUpdate(tx, {
			recommendationId,
			status: input.status,
			note: input.note,
			createdBy: ctx.actor.userId
		});
		await appendAudit(tx, ctx.actor, {
			action: 'update',
			entityType: 'barrier_recommendation',
			entityId: recommendationId,
			networkId: network.id,
			details: { status: input.status }
		});
	});
}

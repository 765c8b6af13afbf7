import { canWriteBarrierAssessment } from '../access/access';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { toRecommendationView } from './assessment-view';
import { loadReadableAssessment } from './load-assessment';
import { listRecommendationRows, listRecommendationUpdates } from './repository';
import type { RecommendationView } from './schemas';

/** An assessment's recommendations with their follow-up, wherever the assessment may be read. */
export async function listRecommendations(
	ctx: Ctx,
	networkSlug: string,
	assessmentId: string
): Promise<{
	assessment: { year: number; scope: string; status: string; ownerCode: string };
	items: RecommendationView[];
	canEdit: boolean;
}> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await loadReadableAssessment(
			tx,
			ctx.actor,
			network,
			assessmentId,
			'recommendations'
		);
		const rows = await listRecommendationRows(tx, [assessmentId]);
		const updates = await listRecommendationUpdates(
			tx,
			rows.map((r) => r.id)
		);
		return {
			assessment: {
				year: row.assessment.year,
				scope: row.assessment.scope,
				status: row.assessment.status,
				ownerCode: row.ownerCode
			},
			items: rows.map((r) => toRecommendationView(r, updates)),
			canEdit: canWriteBarrierAssessment(ctx.actor, row.assessment)
		};
	});
}

import { canAssessBarriersIn, canReadBarrierAssessment } from '../access/access';
import { releaseCodeMap } from '../access/releasability';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { findParticipantsByCodes } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { toAssessmentView } from './assessment-view';
import { listAreasOf, listAssessmentRows } from './repository';
import type { AssessmentView, ListAssessmentsQuery } from './schemas';

/**
 * The assessments the reader may see: its own participant's at every stage, others' once
 * published and released to it. `canCreate` says whether the reader may open one.
 */
export async function listAssessments(
	ctx: Ctx,
	networkSlug: string,
	query: ListAssessmentsQuery
): Promise<{ items: AssessmentView[]; canCreate: boolean }> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		let ownerId: string | undefined;
		if (query.participant) {
			const [found] = await findParticipantsByCodes(tx, network.id, [query.participant]);
			if (!found) return { items: [], canCreate: canAssessBarriersIn(ctx.actor, network.id) };
			ownerId = found.id;
		}
		const rows = (await listAssessmentRows(tx, network.id, { ownerId, year: query.year })).filter(
			(r) => canReadBarrierAssessment(ctx.actor, r.assessment)
		);
		const restricted = rows.filter((r) => r.assessment.level !== 'public');
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'barrier_assessment',
				networkId: network.id,
				details: { ids: restricted.map((r) => r.assessment.id) }
			});
		}
		const areas = await listAreasOf(
			tx,
			rows.map((r) => r.assessment.id)
		);
		const codes = await releaseCodeMap(
			tx,
			rows.map((r) => r.assessment.releasedTo)
		);
		return {
			items: rows.map((r) => toAssessmentView(network.slug, r, areas, codes)),
			canCreate: canAssessBarriersIn(ctx.actor, network.id)
		};
	});
}

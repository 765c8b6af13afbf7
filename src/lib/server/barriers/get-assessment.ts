import { canWriteBarrierAssessment } from '../access/access';
import { releaseCodeMap } from '../access/releasability';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { toAreaViews, toAssessmentView } from './assessment-view';
import { loadReadableAssessment } from './load-assessment';
import { findSurveyOf, listAreasOf } from './repository';
import type { AssessmentDetail } from './schemas';

/** The public page where personnel answer a survey. */
export function surveyLink(origin: string, token: string): string {
	return `${origin}/surveys/${token}`;
}

/**
 * One assessment with its ten areas and its survey, if the reader may see it. The survey's link
 * is shown only to those who may change the assessment: it is theirs to hand out.
 */
export async function getAssessment(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	origin: string
): Promise<AssessmentDetail & { canEdit: boolean }> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await loadReadableAssessment(tx, ctx.actor, network, id);
		const areas = await listAreasOf(tx, [id]);
		const survey = await findSurveyOf(tx, id);
		const codes = await releaseCodeMap(tx, [row.assessment.releasedTo]);
		const canEdit = canWriteBarrierAssessment(ctx.actor, row.assessment);
		return {
			...toAssessmentView(network.slug, row, areas, codes),
			areas: toAreaViews(areas),
			survey: survey
				? {
						open: survey.closedAt === null,
						openedAt: survey.openedAt.toISOString(),
						link: canEdit ? surveyLink(origin, survey.token) : null
					}
				: null,
			canEdit
		};
	});
}

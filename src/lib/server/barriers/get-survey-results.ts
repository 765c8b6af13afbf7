import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { toSurveyResults } from './assessment-view';
import { loadReadableAssessment } from './load-assessment';
import { findSurveyOf, surveyAggregates, surveyAnswerCount } from './repository';
import type { SurveyResults } from './schemas';

/**
 * A survey's results for a reader of its assessment: aggregates of groups of at least ten
 * answers, computed by the database, which alone reads the answers. No survey yet: null.
 */
export async function getSurveyResults(
	ctx: Ctx,
	networkSlug: string,
	assessmentId: string
): Promise<SurveyResults | null> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		await loadReadableAssessment(tx, ctx.actor, network, assessmentId, 'survey_results');
		const survey = await findSurveyOf(tx, assessmentId);
		if (!survey) return null;
		const received = await surveyAnswerCount(tx, survey.id);
		const rows = await surveyAggregates(tx, survey.id);
		return toSurveyResults(received ?? 0, rows);
	});
}

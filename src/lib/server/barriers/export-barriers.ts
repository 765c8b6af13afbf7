import { releaseCodeMap } from '../access/releasability';
import type { Transaction } from '../db/client';
import { toAreaViews, toRecommendationView, toSurveyResults } from './assessment-view';
import {
	listAreasOf,
	listAssessmentsOwnedBy,
	listRecommendationRows,
	listRecommendationUpdates,
	listSurveysOf,
	unsafeSurveyAggregates
} from './repository';

/**
 * Export: the participant's assessments with their areas, recommendations and follow-up, and each
 * survey's results as the aggregates its readers see. Single answers never leave the database, not
 * even to their owner: the export goes through the same threshold as the page.
 */
export async function collectBarrierAssessments(
	tx: Transaction,
	owner: { id: string }
): Promise<unknown[]> {
	const rows = await listAssessmentsOwnedBy(tx, owner.id);
	const ids = rows.map((r) => r.id);
	const areas = await listAreasOf(tx, ids);
	const recommendations = await listRecommendationRows(tx, ids);
	const updates = await listRecommendationUpdates(
		tx,
		recommendations.map((r) => r.id)
	);
	const surveys = await listSurveysOf(tx, ids);
	const codes = await releaseCodeMap(
		tx,
		rows.map((r) => r.releasedTo)
	);
	const exported: unknown[] = [];
	for (const { releasedTo, level, networkId: _n, ownerId: _o, ...assessment } of rows) {
		const survey = surveys.find((s) => s.assessmentId === assessment.id);
		const results = survey ? await unsafeSurveyAggregates(tx, survey.id) : null;
		exported.push({
			...assessment,
			releasability: {
				level,
				participants: releasedTo.map((id) => codes.get(id) ?? id).sort()
			},
			areas: toAreaViews(areas.filter((a) => a.assessmentId === assessment.id)).map(
				({ suggestedFinding: _s, ...area }) => area
			),
			recommendations: recommendations
				.filter((r) => r.assessmentId === assessment.id)
				.map((r) => toRecommendationView(r, updates)),
			survey:
				survey && results
					? {
							openedAt: survey.openedAt,
							closedAt: survey.closedAt,
							results: toSurveyResults(results.received, results.rows)
						}
					: null
		});
	}
	return exported;
}

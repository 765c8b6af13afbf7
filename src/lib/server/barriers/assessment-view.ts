import {
	barrierAreas,
	suggestFinding,
	surveyGroupThreshold,
	type BarrierArea
} from '$lib/components/barriers/vocabulary';
import { releasabilityView } from '../access/releasability';
import type {
	AggregateRow,
	AreaRow,
	AssessmentRow,
	RecommendationRow,
	RecommendationUpdateRow
} from './repository';
import type { AreaView, AssessmentView, RecommendationView, SurveyResults } from './schemas';

/** A stored assessment as the API and the pages show it. */
export function toAssessmentView(
	networkSlug: string,
	row: { assessment: AssessmentRow; ownerCode: string },
	areas: readonly AreaRow[],
	codes: Map<string, string>
): AssessmentView {
	const a = row.assessment;
	const view = releasabilityView(a, codes);
	return {
		id: a.id,
		network: networkSlug,
		ownerCode: row.ownerCode,
		year: a.year,
		scope: a.scope,
		status: a.status,
		notes: a.notes,
		releasability: { level: view.level, participants: view.participants ?? [] },
		findingsRecorded: areas.filter((r) => r.assessmentId === a.id && r.finding !== null).length,
		publishedAt: a.publishedAt?.toISOString() ?? null,
		createdAt: a.createdAt.toISOString(),
		updatedAt: a.updatedAt.toISOString()
	};
}

/** All ten areas in the methodology's order, those not yet started empty. */
export function toAreaViews(rows: readonly AreaRow[]): AreaView[] {
	return barrierAreas.map((area) => {
		const row = rows.find((r) => r.area === area);
		const facts = row?.facts ?? {};
		return {
			area,
			finding: row?.finding ?? null,
			evidence: row?.evidence ?? '',
			sources: row?.sources ?? '',
			facts,
			suggestedFinding: suggestFinding(area, facts),
			updatedAt: row?.updatedAt.toISOString() ?? null
		};
	});
}

export function toRecommendationView(
	row: RecommendationRow,
	updates: readonly RecommendationUpdateRow[]
): RecommendationView {
	return {
		id: row.id,
		assessmentId: row.assessmentId,
		area: row.area,
		text: row.text,
		priority: row.priority,
		responsible: row.responsible,
		dueOn: row.dueOn,
		status: row.status,
		updates: updates
			.filter((u) => u.recommendationId === row.id)
			.map((u) => ({ status: u.status, note: u.note, createdAt: u.createdAt.toISOString() })),
		createdAt: row.createdAt.toISOString(),
		updatedAt: row.updatedAt.toISOString()
	};
}

const groupOrder = ['all', 'woman', 'man', 'other'] as const;

/**
 * The database's aggregates as results. Every row already describes at least the threshold of
 * answers; this only arranges them and says whether a breakdown was withheld.
 */
export function toSurveyResults(received: number, rows: readonly AggregateRow[]): SurveyResults {
	const groups = groupOrder
		.map((group) => {
			const own = rows.filter((r) => r.grp === group);
			if (own.length === 0) return null;
			return {
				group,
				respondents: own[0]!.respondents,
				areas: barrierAreas
					.map((area) => own.find((r) => r.area === area))
					.filter((r): r is AggregateRow => r !== undefined)
					.map((r) => {
						const distribution = [r.d1, r.d2, r.d3, r.d4, r.d5].map(Number);
						const answered = distribution.reduce((sum, n) => sum + n, 0);
						const mean =
							answered === 0
								? 0
								: distribution.reduce((sum, n, i) => sum + n * (i + 1), 0) / answered;
						return { area: r.area as BarrierArea, distribution, mean };
					})
			};
		})
		.filter((g) => g !== null);
	const released = groups.find((g) => g.group === 'all')?.respondents ?? 0;
	const inGroups = groups
		.filter((g) => g.group !== 'all')
		.reduce((sum, g) => sum + g.respondents, 0);
	return {
		threshold: surveyGroupThreshold,
		received,
		released,
		groups,
		breakdownWithheld: released > 0 && inGroups < released
	};
}

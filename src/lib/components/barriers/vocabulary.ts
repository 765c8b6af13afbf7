import { translate, type Locale } from '$lib/i18n/translate';

/**
 * The words of the barriers area, shared by the server's schemas and the pages. The ten issue
 * areas and the five-point finding are those of MOWIP (Measuring Opportunities for Women in Peace
 * Operations, DCAF and Cornell University, for the Elsie Initiative).
 */
export const barrierAreas = [
	'eligible_pool',
	'deployment_criteria',
	'deployment_selection',
	'household_constraints',
	'peace_operations_infrastructure',
	'peace_operations_experiences',
	'career_value',
	'top_down_leadership',
	'gender_roles',
	'social_exclusion'
] as const;
export type BarrierArea = (typeof barrierAreas)[number];

/** From the heaviest barrier to the strongest opportunity. */
export const barrierFindings = [
	'major_barrier',
	'barrier',
	'neutral',
	'opportunity',
	'major_opportunity'
] as const;
export type BarrierFinding = (typeof barrierFindings)[number];

export const barrierScopes = ['armed_forces', 'police', 'both'] as const;
export const barrierStatuses = ['draft', 'in_progress', 'validated', 'published'] as const;
export type BarrierStatus = (typeof barrierStatuses)[number];
export const barrierPriorities = ['high', 'medium', 'low'] as const;
export const recommendationStatuses = ['planned', 'in_progress', 'done', 'dropped'] as const;
export const respondentGenders = ['woman', 'man', 'other', 'undisclosed'] as const;

/** Survey answers: how much the respondent agrees, from 1 (not at all) to 5 (fully). */
export const agreementLevels = [1, 2, 3, 4, 5] as const;

/**
 * Answers are released in groups of this size and never for fewer: the database applies the same
 * number (drizzle: barriers_rls, barrier_survey_aggregate).
 */
export const surveyGroupThreshold = 10;

export type FactKind = 'count' | 'yes_no' | 'text';

/**
 * One question of the fact-finding form. `favours` says which answer of a yes-or-no question
 * speaks for women's deployment; counts come in pairs (`women`/`total`) that make a share.
 */
export interface FactQuestion {
	id: string;
	kind: FactKind;
	favours?: 'yes' | 'no';
}

/** The institutional fact-finding form: a few structured questions per area. */
export const factQuestions: Record<BarrierArea, readonly FactQuestion[]> = {
	eligible_pool: [
		{ id: 'women', kind: 'count' },
		{ id: 'total', kind: 'count' }
	],
	deployment_criteria: [
		{ id: 'criteria_in_force', kind: 'text' },
		{ id: 'criteria_exclude_women', kind: 'yes_no', favours: 'no' }
	],
	deployment_selection: [
		{ id: 'women', kind: 'count' },
		{ id: 'total', kind: 'count' },
		{ id: 'selection_transparent', kind: 'yes_no', favours: 'yes' }
	],
	household_constraints: [
		{ id: 'childcare_support', kind: 'yes_no', favours: 'yes' },
		{ id: 'family_contact_support', kind: 'yes_no', favours: 'yes' }
	],
	peace_operations_infrastructure: [
		{ id: 'separate_facilities', kind: 'yes_no', favours: 'yes' },
		{ id: 'fitted_equipment', kind: 'yes_no', favours: 'yes' }
	],
	peace_operations_experiences: [
		{ id: 'harassment_channel', kind: 'yes_no', favours: 'yes' },
		{ id: 'predeployment_gender_training', kind: 'yes_no', favours: 'yes' }
	],
	career_value: [
		{ id: 'deployment_counts_for_promotion', kind: 'yes_no', favours: 'yes' },
		{ id: 'redeployment_rules', kind: 'text' }
	],
	top_down_leadership: [
		{ id: 'gender_policy', kind: 'yes_no', favours: 'yes' },
		{ id: 'women_senior_leaders', kind: 'count' }
	],
	gender_roles: [
		{ id: 'women_in_all_roles', kind: 'yes_no', favours: 'yes' },
		{ id: 'roles_closed', kind: 'text' }
	],
	social_exclusion: [
		{ id: 'women_network', kind: 'yes_no', favours: 'yes' },
		{ id: 'exclusion_complaints', kind: 'count' }
	]
};

/** The women's share the UN's Uniformed Gender Parity Strategy asks of contingents by 2028. */
const parityTarget = 0.15;

/**
 * The finding the fact-finding answers point to, for the person who records the finding to weigh
 * against the survey and the interviews; null while the answers say too little. A share of women
 * is read against the UN's 2028 target; yes-or-no answers by how many favour deployment.
 */
export function suggestFinding(
	area: BarrierArea,
	facts: Readonly<Record<string, number | boolean | string>>
): BarrierFinding | null {
	const women = facts.women;
	const total = facts.total;
	if (typeof women === 'number' && typeof total === 'number' && total > 0 && women <= total) {
		const share = women / total;
		if (share < parityTarget / 3) return 'major_barrier';
		if (share < (parityTarget * 2) / 3) return 'barrier';
		if (share < parityTarget) return 'neutral';
		if (share < parityTarget * 2) return 'opportunity';
		return 'major_opportunity';
	}
	const answered = factQuestions[area].filter(
		(q) => q.kind === 'yes_no' && typeof facts[q.id] === 'boolean'
	);
	if (answered.length === 0) return null;
	const favourable = answered.filter((q) => facts[q.id] === (q.favours === 'yes')).length;
	const ratio = favourable / answered.length;
	if (ratio === 0) return answered.length > 1 ? 'major_barrier' : 'barrier';
	if (ratio < 0.5) return 'barrier';
	if (ratio === 0.5) return 'neutral';
	if (ratio < 1) return 'opportunity';
	return answered.length > 1 ? 'major_opportunity' : 'opportunity';
}

export const areaLabel = (area: string, locale?: Locale) =>
	translate(`bar_area_${area}`, undefined, locale);
export const areaStatement = (area: string, locale?: Locale) =>
	translate(`bar_statement_${area}`, undefined, locale);
export const findingLabel = (finding: string, locale?: Locale) =>
	translate(`bar_finding_${finding}`, undefined, locale);
export const scopeLabel = (scope: string, locale?: Locale) =>
	translate(`bar_scope_${scope}`, undefined, locale);
export const statusLabel = (status: string, locale?: Locale) =>
	translate(`bar_status_${status}`, undefined, locale);
export const priorityLabel = (priority: string, locale?: Locale) =>
	translate(`bar_priority_${priority}`, undefined, locale);
export const recommendationStatusLabel = (status: string, locale?: Locale) =>
	translate(`bar_rec_status_${status}`, undefined, locale);
export const genderLabel = (gender: string, locale?: Locale) =>
	translate(`bar_gender_${gender}`, undefined, locale);
export const agreementLabel = (level: number, locale?: Locale) =>
	translate(`bar_agree_${level}`, undefined, locale);
/** A fact-finding question's wording: its id is unique within its area. */
export const factLabel = (area: string, question: string, locale?: Locale) =>
	translate(`bar_fact_${area}_${question}`, undefined, locale);

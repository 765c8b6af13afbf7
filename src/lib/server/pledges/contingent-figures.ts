import {
	readinessRank,
	unitTemplates,
	type ReadinessLevel,
	type UnitTemplate
} from '$lib/components/pledges/vocabulary';

interface ContributionFigures {
	female: number;
	male: number;
	readinessLevel: ReadinessLevel;
}

interface ContingentFigures {
	personnel: { female: number; male: number; total: number };
	femaleShare: number | null;
	readinessLevel: ReadinessLevel | null;
	gaps: {
		minimumPersonnel: number;
		missingPersonnel: number;
		femaleShareTarget: number;
		femaleShareMet: boolean;
	} | null;
}

/**
 * A contingent's figures from the contributions given: personnel summed, the women's share of the
 * sum, the lowest readiness (a contingent is only as ready as its least ready part), and the gaps
 * against its UN template. The caller passes only the contributions the reader may see, so a
 * withheld part never shows through the sums.
 */
export function contingentFigures(
	contributions: readonly ContributionFigures[],
	template: string | null
): ContingentFigures {
	let female = 0;
	let male = 0;
	let lowest: ReadinessLevel | null = null;
	for (const c of contributions) {
		female += c.female;
		male += c.male;
		if (lowest === null || readinessRank(c.readinessLevel) < readinessRank(lowest)) {
			lowest = c.readinessLevel;
		}
	}
	const total = female + male;
	const femaleShare = total === 0 ? null : female / total;
	const rule =
		template && template in unitTemplates ? unitTemplates[template as UnitTemplate] : null;
	return {
		personnel: { female, male, total },
		femaleShare,
		readinessLevel: lowest,
		gaps: rule
			? {
					minimumPersonnel: rule.minimumPersonnel,
					missingPersonnel: Math.max(0, rule.minimumPersonnel - total),
					femaleShareTarget: rule.femaleShareTarget,
					femaleShareMet: femaleShare !== null && femaleShare >= rule.femaleShareTarget
				}
			: null
	};
}

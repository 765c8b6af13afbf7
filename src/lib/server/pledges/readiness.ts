import { ValidationError } from '../errors';
import type { PledgeEquipmentLine } from '../db/schema';
import { readinessRank, type ReadinessLevel } from '$lib/components/pledges/vocabulary';

/** What the readiness rules look at: the level claimed and the evidence and annexes behind it. */
export interface ReadinessEvidence {
	readinessLevel: ReadinessLevel;
	female: number;
	male: number;
	equipment: readonly PledgeEquipmentLine[];
	selfSustainment: readonly string[];
	availableFrom: string | null;
	availableUntil: string | null;
	assessmentVisitOn: string | null;
	verificationVisitOn: string | null;
}

/** A Rapid Deployment Level unit deploys within 60 days of a UN request. */
const rapidDeploymentDays = 60;

function addDays(day: string, days: number): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/**
 * Everything that keeps a pledge from the level it claims, each named by the field that holds the
 * missing evidence: Level 2 needs an Assessment and Advisory Visit that has taken place; Level 3
 * needs that and complete annexes (personnel, major equipment, self-sustainment); the Rapid
 * Deployment Level needs Level 3, a verification visit, and an availability window that starts
 * within 60 days of `today` and has not ended.
 */
export function readinessProblems(
	pledge: ReadinessEvidence,
	today: string
): { path: string; message: string }[] {
	const rank = readinessRank(pledge.readinessLevel);
	const problems: { path: string; message: string }[] = [];
	if (rank >= readinessRank('level_2')) {
		if (!pledge.assessmentVisitOn) {
			problems.push({ path: 'assessmentVisitOn', message: 'pledge_need_assessment_visit' });
		} else if (pledge.assessmentVisitOn > today) {
			problems.push({ path: 'assessmentVisitOn', message: 'pledge_need_assessment_visit_held' });
		}
	}
	if (rank >= readinessRank('level_3')) {
		if (pledge.female + pledge.male === 0) {
			problems.push({ path: 'personnel', message: 'pledge_need_personnel_annex' });
		}
		if (pledge.equipment.length === 0) {
			problems.push({ path: 'equipment', message: 'pledge_need_equipment_annex' });
		}
		if (pledge.selfSustainment.length === 0) {
			problems.push({ path: 'selfSustainment', message: 'pledge_need_sustainment_annex' });
		}
	}
	if (rank >= readinessRank('rapid_deployment')) {
		if (!pledge.verificationVisitOn) {
			problems.push({ path: 'verificationVisitOn', message: 'pledge_need_verification_visit' });
		} else if (pledge.verificationVisitOn > today) {
			problems.push({
				path: 'verificationVisitOn',
				message: 'pledge_need_verification_visit_held'
			});
		}
		if (!pledge.availableFrom || pledge.availableFrom > addDays(today, rapidDeploymentDays)) {
			problems.push({ path: 'availableFrom', message: 'pledge_need_window_within_60_days' });
		} else if (pledge.availableUntil && pledge.availableUntil < today) {
			problems.push({ path: 'availableUntil', message: 'pledge_need_window_open' });
		}
	}
	return problems;
}

/** A readiness level the evidence does not support: a 422 that names each missing piece. */
export class ReadinessRefusedError extends ValidationError {
	override readonly messageKey = 'pledge_err_readiness_refused';
	constructor(problems: { path: string; message: string }[]) {
		super(problems, 'Readiness level refused');
	}
}

/** Refuses the pledge when its level is not supported, or its window ends before it starts. */
export function requireReadiness(pledge: ReadinessEvidence, today: string): void {
	if (
		pledge.availableFrom &&
		pledge.availableUntil &&
		pledge.availableUntil < pledge.availableFrom
	) {
		throw new ValidationError([{ path: 'availableUntil', message: 'pledge_err_window_order' }]);
	}
	const problems = readinessProblems(pledge, today);
	if (problems.length > 0) throw new ReadinessRefusedError(problems);
}

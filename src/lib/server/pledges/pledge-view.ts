import { releasabilityView } from '../access/releasability';
import type { PledgeFields } from './pledge-fields';
import type { PledgeRow } from './repository';
import type { PledgeView } from './schemas';

/** A stored release as this area shows it: the level and the named participants' codes. */
export function releaseOf(
	row: { level: PledgeRow['level']; releasedTo: readonly string[] },
	codes: Map<string, string>
): { level: PledgeRow['level']; participants: string[] } {
	const view = releasabilityView(row, codes);
	return { level: view.level, participants: view.participants ?? [] };
}

/** A stored pledge as the API and the pages show it. */
export function toPledgeView(
	networkSlug: string,
	row: { pledge: PledgeRow; ownerCode: string },
	codes: Map<string, string>
): PledgeView {
	const p = row.pledge;
	const total = p.female + p.male;
	return {
		id: p.id,
		network: networkSlug,
		participant: row.ownerCode,
		unitType: p.unitType,
		title: p.title,
		personnel: { female: p.female, male: p.male, total },
		femaleShare: total === 0 ? null : p.female / total,
		readinessLevel: p.readinessLevel,
		availableFrom: p.availableFrom,
		availableUntil: p.availableUntil,
		assessmentVisitOn: p.assessmentVisitOn,
		assessmentReport: p.assessmentReport,
		verificationVisitOn: p.verificationVisitOn,
		equipment: p.equipment,
		selfSustainment: p.selfSustainment,
		languages: p.languages,
		notes: p.notes,
		releasability: releaseOf(p, codes),
		version: p.version,
		createdAt: p.createdAt.toISOString(),
		updatedAt: p.updatedAt.toISOString()
	};
}

/** The fields a version keeps, in the shape the API accepts them. */
export function pledgeContent(
	p: PledgeFields & Pick<PledgeRow, 'level' | 'releasedTo'>,
	codes: Map<string, string>
): Record<string, unknown> {
	return {
		unitType: p.unitType,
		title: p.title,
		personnel: { female: p.female, male: p.male },
		readinessLevel: p.readinessLevel,
		availableFrom: p.availableFrom,
		availableUntil: p.availableUntil,
		assessmentVisitOn: p.assessmentVisitOn,
		assessmentReport: p.assessmentReport,
		verificationVisitOn: p.verificationVisitOn,
		equipment: p.equipment,
		selfSustainment: p.selfSustainment,
		languages: p.languages,
		notes: p.notes,
		releasability: releasabilityView(p, codes)
	};
}

/** Today's date in UTC, the day the readiness rules are judged on. */
export function todayUtc(now = new Date()): string {
	return now.toISOString().slice(0, 10);
}

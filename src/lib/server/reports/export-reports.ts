import type { Transaction } from '../db/client';
import { listReportsOwnedBy } from './repository';
import { releaseCodeMap, releasabilityView } from '../access/releasability';

/** A participant's national reports for its export: content, activities and every version. */
export async function collectReports(tx: Transaction, owner: { id: string }): Promise<unknown[]> {
	const { reports, activities, versions } = await listReportsOwnedBy(tx, owner.id);
	const ids = new Set<string>();
	for (const { report } of reports) report.releasedTo.forEach((id) => ids.add(id));
	for (const a of activities) [...a.releasedTo, ...a.partnerIds].forEach((id) => ids.add(id));
	const codes = await releaseCodeMap(tx, [[...ids]]);
	const code = (id: string) => codes.get(id) ?? id;
	return reports.map(({ report, cycleTitle }) => ({
		id: report.id,
		cycleId: report.cycleId,
		cycleTitle,
		status: report.status,
		version: report.version,
		narrative: report.narrative,
		releasability: releasabilityView(report, codes),
		submittedAt: report.submittedAt,
		createdAt: report.createdAt,
		updatedAt: report.updatedAt,
		activities: activities
			.filter((a) => a.reportId === report.id)
			.map((a) => ({
				id: a.id,
				kind: a.kind,
				title: a.title,
				startsOn: a.startsOn,
				endsOn: a.endsOn,
				mission: a.missionAcronym,
				female: a.female,
				male: a.male,
				partners: a.partnerIds.map(code),
				description: a.description,
				releasability: a.level
					? releasabilityView({ level: a.level, releasedTo: a.releasedTo }, codes)
					: null
			})),
		versions: versions
			.filter((v) => v.reportId === report.id)
			.map((v) => ({ version: v.version, submittedAt: v.submittedAt, content: v.content }))
	}));
}

import type { Database } from '../db/client';
import { unsafeWithSystem } from '../db/with-actor';
import { parseMissionLocations, type MissionLocation } from './mission-locations';
import {
	parseContributions,
	parsePrintedTotals,
	type ContributionRow,
	type PrintedTotal
} from './parse-contributions';
import {
	hasContributions,
	listFindings,
	listPrintedTotals,
	lockForImport,
	missionAcronyms,
	monthSums,
	rebuildCountrySums,
	recordImport,
	replaceFindings,
	upsertContributions,
	upsertCountries,
	upsertMissions,
	upsertPrintedTotals,
	type Finding,
	type MonthSums
} from './repository';
import { monthsBetween } from './months';

/** The file could not be imported; nothing was written. */
export class StatisticsImportError extends Error {
	constructor(
		message: string,
		readonly unknownCountries: string[],
		readonly problems: { line: number; message: string }[]
	) {
		super(message);
	}
}

export interface TotalsDifference {
	month: string;
	printed: { male: number | null; female: number | null; total: number | null };
	imported: { male: number; female: number; total: number } | null;
}

export interface ImportSummary {
	rows: number;
	months: number;
	countries: number;
	missions: number;
	inserted: number;
	updated: number;
	unchanged: number;
	/** Months compared with a printed grand total, and those that differ. */
	totalsChecked: number;
	totalsDifferences: TotalsDifference[];
	findings: Finding[];
	changed: boolean;
}

export interface ImportInput {
	contributionsCsv: string;
	totalsCsv?: string;
	missionsCsv?: string;
	sourceFile: string;
}

/**
 * Known gaps of the published reports that the rows cannot show: a month whose report lost a
 * whole contingent.
 */
const knownReportGaps: readonly Finding[] = [
	{
		month: '2021-10',
		issue: 'incomplete_report',
		detail: "Chad's MINUSMA troop contingent (about 1,400) is missing from this report"
	}
];

/** A month whose troops are mostly women cannot be right: the report swapped the columns. */
const implausibleTroopsFemaleShare = 0.5;

const batchSize = 8000;

/**
 * Imports the UN's monthly contributions CSV. Idempotent: rows already stored with the same
 * figures are left alone, changed figures are corrected, new rows are added. All or nothing: an
 * unknown country spelling or a malformed line aborts before anything is written.
 */
export async function unsafeImportUnContributions(
	db: Database,
	input: ImportInput
): Promise<ImportSummary> {
	// Unsafe: the statistics are public data written by the operator's import, with no acting user.
	const parsed = parseContributions(input.contributionsCsv);
	if (parsed.unknownCountries.length > 0 || parsed.problems.length > 0) {
		const message = [
			parsed.unknownCountries.length > 0
				? `unknown country names: ${parsed.unknownCountries.map((n) => `"${n}"`).join(', ')}`
				: '',
			parsed.problems.length > 0 ? `${parsed.problems.length} malformed line(s)` : ''
		]
			.filter(Boolean)
			.join('; ');
		throw new StatisticsImportError(message, parsed.unknownCountries, parsed.problems);
	}
	const totals = input.totalsCsv ? parsePrintedTotals(input.totalsCsv) : [];
	const locations = input.missionsCsv ? parseMissionLocations(input.missionsCsv) : [];

	return unsafeWithSystem(db, async (tx) => {
		await lockForImport(tx);
		await upsertCountries(tx, latestSpellings(parsed.rows));
		await upsertMissions(tx, await missionsToStore(tx, locations, parsed.rows));
		let inserted = 0;
		let updated = 0;
		const touched = new Set<string>();
		for (let i = 0; i < parsed.rows.length; i += batchSize) {
			const result = await upsertContributions(tx, parsed.rows.slice(i, i + batchSize));
			inserted += result.inserted;
			updated += result.updated;
			for (const month of result.months) touched.add(month);
		}
		await rebuildCountrySums(tx, [...touched].sort());
		const totalsChanged = await upsertPrintedTotals(tx, totals);
		const sums = await monthSums(tx);
		const printed = await listPrintedTotals(tx);
		const kept = (await listFindings(tx)).filter((f) => f.issue === 'mislabelled_row');
		const findings = qualityFindings(sums, printed, [...kept, ...parsed.corrections]);
		const findingsChanged = await replaceFindings(tx, findings);
		const fileMonths = new Set(parsed.rows.map((r) => r.month));
		const checked = totals.filter((t) => fileMonths.has(t.month) && t.total !== null);
		const summary: ImportSummary = {
			rows: parsed.rows.length,
			months: fileMonths.size,
			countries: new Set(parsed.rows.map((r) => r.countryIso3)).size,
			missions: new Set(parsed.rows.map((r) => r.mission)).size,
			inserted,
			updated,
			unchanged: parsed.rows.length - inserted - updated,
			totalsChecked: checked.length,
			totalsDifferences: compareTotals(checked, sums),
			findings,
			changed: inserted + updated > 0 || totalsChanged > 0 || findingsChanged
		};
		if (summary.changed) {
			const { findings: _, ...recorded } = summary;
			await recordImport(tx, input.sourceFile, { ...recorded });
		}
		return summary;
	});
}

/** Whether any figures are stored yet. */
export function unsafeHasStatistics(db: Database): Promise<boolean> {
	// Unsafe: a read of public data at startup, before any request.
	return hasContributions(db);
}

function latestSpellings(rows: readonly ContributionRow[]): { iso3: string; unName: string }[] {
	const latest = new Map<string, { month: string; name: string }>();
	for (const row of rows) {
		const seen = latest.get(row.countryIso3);
		// The corrected row keeps the label it was printed with, which is not this country's name.
		if (row.countryAsPrinted.includes('(DRC)') && row.countryIso3 !== 'COD') continue;
		if (!seen || row.month >= seen.month) {
			latest.set(row.countryIso3, { month: row.month, name: row.countryAsPrinted });
		}
	}
	return [...latest].map(([iso3, { name }]) => ({ iso3, unName: name }));
}

async function missionsToStore(
	tx: Parameters<typeof missionAcronyms>[0],
	locations: readonly MissionLocation[],
	rows: readonly ContributionRow[]
): Promise<MissionLocation[]> {
	const known = new Set([...(await missionAcronyms(tx)), ...locations.map((l) => l.acronym)]);
	const unplaced = [...new Set(rows.map((r) => r.mission))]
		.filter((m) => !known.has(m))
		.map((acronym): MissionLocation => ({
			acronym,
			name: null,
			location: null,
			longitude: null,
			latitude: null,
			kind: 'spm'
		}));
	return [...locations, ...unplaced];
}

/**
 * The findings that hold for the data as now stored: months missing between the first and the
 * last, months whose gender split cannot be trusted, rows printed under the wrong country.
 */
export function qualityFindings(
	sums: readonly MonthSums[],
	printed: readonly PrintedTotal[],
	corrections: readonly { month: string; detail: string }[]
): Finding[] {
	const findings: Finding[] = [];
	const stored = new Set(sums.map((s) => s.month));
	const printedBy = new Map(printed.map((p) => [p.month, p]));
	if (sums.length > 0) {
		for (const month of monthsBetween(sums[0]!.month, sums[sums.length - 1]!.month)) {
			if (stored.has(month)) continue;
			const total = printedBy.get(month)?.total;
			findings.push({
				month,
				issue: 'missing_month',
				detail:
					total != null
						? `no breakdown by mission and gender; the report printed a grand total of ${total}`
						: 'no report'
			});
		}
	}
	for (const s of sums) {
		if (s.troopsTotal > 0 && s.troopsFemale / s.troopsTotal > implausibleTroopsFemaleShare) {
			findings.push({
				month: s.month,
				issue: 'gender_unreliable',
				detail: `the report's gender split is wrong: ${s.female} women of ${s.total}, ${s.troopsFemale} of ${s.troopsTotal} troops`
			});
		}
	}
	// One finding per month and issue: several corrections of one month share it.
	const corrected = new Map<string, Set<string>>();
	for (const c of corrections) {
		if (!stored.has(c.month)) continue;
		const details = corrected.get(c.month) ?? new Set<string>();
		for (const detail of c.detail.split('; ')) details.add(detail);
		corrected.set(c.month, details);
	}
	for (const [month, details] of corrected) {
		findings.push({ month, issue: 'mislabelled_row', detail: [...details].join('; ') });
	}
	for (const gap of knownReportGaps) if (stored.has(gap.month)) findings.push(gap);
	return findings.sort((a, b) => a.month.localeCompare(b.month) || a.issue.localeCompare(b.issue));
}

function compareTotals(
	printed: readonly PrintedTotal[],
	sums: readonly MonthSums[]
): TotalsDifference[] {
	const byMonth = new Map(sums.map((s) => [s.month, s]));
	const differences: TotalsDifference[] = [];
	for (const p of printed) {
		const s = byMonth.get(p.month);
		const same =
			s !== undefined &&
			s.total === p.total &&
			(p.male === null || s.male === p.male) &&
			(p.female === null || s.female === p.female);
		if (same) continue;
		differences.push({
			month: p.month,
			printed: { male: p.male, female: p.female, total: p.total },
			imported: s ? { male: s.male, female: s.female, total: s.total } : null
		});
	}
	return differences;
}

import { parse } from 'csv-parse/sync';
import { personnelTypeOf, type PersonnelType } from './categories';
import { iso3ForUnName } from './crosswalk';

export interface ContributionRow {
	month: string;
	mission: string;
	countryIso3: string;
	personnelType: PersonnelType;
	male: number;
	female: number;
	total: number;
	countryAsPrinted: string;
	sourceFile: string;
}

export interface RowCorrection {
	month: string;
	mission: string;
	printed: string;
	iso3: string;
	detail: string;
}

/**
 * Rows the UN printed under the wrong country. The 2020-01 report labels a UNVMC police row
 * "Democratic Republic of the Congo (DRC)"; the same row is the Dominican Republic's in the
 * months before and after, and the DRC sends no police to Colombia.
 */
export const rowCorrections: readonly RowCorrection[] = [
	{
		month: '2020-01',
		mission: 'UNVMC',
		printed: 'Democratic Republic of the Congo (DRC)',
		iso3: 'DOM',
		detail:
			'UNVMC Individual Police row printed as "Democratic Republic of the Congo (DRC)", ' +
			'counted as the Dominican Republic as in the neighbouring months'
	}
];

export interface ParseProblem {
	line: number;
	message: string;
}

export interface ParsedContributions {
	rows: ContributionRow[];
	/** Country spellings the crosswalk does not know, each once. */
	unknownCountries: string[];
	problems: ParseProblem[];
	corrections: RowCorrection[];
}

const requiredColumns = [
	'report_date',
	'mission_acronym',
	'contributing_country',
	'personnel_type',
	'male',
	'female',
	'total'
];

function count(value: string | undefined): number | null {
	if (value === undefined || !/^\d+$/.test(value.trim())) return null;
	return Number(value.trim());
}

/** Reads the monthly CSV; nothing is rejected silently: every bad line is a problem. */
export function parseContributions(csv: string): ParsedContributions {
	const records = parse(csv, {
		columns: true,
		skip_empty_lines: true,
		bom: true,
		trim: true
	}) as Record<string, string>[];
	const problems: ParseProblem[] = [];
	const header = records[0] ? Object.keys(records[0]) : [];
	const missing = requiredColumns.filter((c) => !header.includes(c));
	if (records.length === 0 || missing.length > 0) {
		return {
			rows: [],
			unknownCountries: [],
			corrections: [],
			problems: [{ line: 1, message: `missing columns: ${missing.join(', ') || 'all rows'}` }]
		};
	}
	const unknown = new Set<string>();
	const applied = new Set<RowCorrection>();
	const keys = new Set<string>();
	const rows: ContributionRow[] = [];
	records.forEach((record, index) => {
		const line = index + 2;
		const date = record.report_date ?? '';
		const monthMatch = /^(\d{4}-\d{2})-\d{2}$/.exec(date);
		const type = personnelTypeOf(record.personnel_type ?? '');
		const male = count(record.male);
		const female = count(record.female);
		const total = count(record.total);
		const mission = (record.mission_acronym ?? '').toUpperCase();
		const printed = record.contributing_country ?? '';
		if (!monthMatch) return problems.push({ line, message: `bad report_date "${date}"` });
		if (!mission) return problems.push({ line, message: 'empty mission_acronym' });
		if (!type) {
			return problems.push({ line, message: `unknown personnel_type "${record.personnel_type}"` });
		}
		if (male === null || female === null || total === null) {
			return problems.push({ line, message: 'male, female and total must be whole numbers' });
		}
		if (male + female !== total) {
			return problems.push({
				line,
				message: `male + female (${male + female}) ≠ total (${total})`
			});
		}
		const month = monthMatch[1]!;
		const correction = rowCorrections.find(
			(c) => c.month === month && c.mission === mission && c.printed === printed
		);
		const iso3 = correction?.iso3 ?? iso3ForUnName(printed);
		if (correction) applied.add(correction);
		if (!iso3) {
			unknown.add(printed);
			return;
		}
		const key = `${month}|${mission}|${iso3}|${type}`;
		if (keys.has(key)) {
			return problems.push({ line, message: `second row for ${key.replaceAll('|', ' ')}` });
		}
		keys.add(key);
		rows.push({
			month,
			mission,
			countryIso3: iso3,
			personnelType: type,
			male,
			female,
			total,
			countryAsPrinted: printed,
			sourceFile: record.source_file ?? ''
		});
	});
	return {
		rows,
		unknownCountries: [...unknown].sort(),
		problems,
		corrections: [...applied]
	};
}

export interface PrintedTotal {
	month: string;
	male: number | null;
	female: number | null;
	total: number | null;
	note: string;
}

/** The UN's printed grand totals, one row per report. */
export function parsePrintedTotals(csv: string): PrintedTotal[] {
	const records = parse(csv, {
		columns: true,
		skip_empty_lines: true,
		bom: true,
		trim: true
	}) as Record<string, string>[];
	return records.flatMap((record) => {
		const month = /^(\d{4}-\d{2})/.exec(record.report_date ?? '')?.[1];
		if (!month) return [];
		const note = record.reconciled === 'yes' ? '' : (record.reconciled ?? '');
		return [
			{
				month,
				male: count(record.printed_male),
				female: count(record.printed_female),
				total: count(record.printed_total),
				note
			}
		];
	});
}

import type { Locale } from '$lib/paraglide/runtime';
import type { Ctx } from '../context';
import {
	categoryOfType,
	femaleShare,
	parityStatus,
	parityTargets2028,
	type PersonnelType
} from './categories';
import { latestMonth, loadDataset, type Dataset } from './dataset';
import { countryLabel, missionLabel, typeLabel } from './labels';
import { monthsBetween } from './months';
import { aggregate, type AggregateRow } from './repository';
import type {
	ContributionRowOut,
	ContributionsQuery,
	ContributionsResponse,
	Quality
} from './schemas';
import { resolveScope } from './scope';

/**
 * Sums of the UN rows for one month or a series of months, filtered and grouped as asked. The
 * sums are exact; a month without a report is a gap (null), never a zero; months whose gender
 * figures cannot be trusted are listed in `quality` and get no parity status.
 */
export async function getContributions(
	ctx: Ctx,
	query: ContributionsQuery,
	locale: Locale,
	options: { cache?: boolean } = {}
): Promise<ContributionsResponse> {
	// Public data: every caller, signed in or not, may read it.
	const dataset = await loadDataset(ctx.db);
	if (options.cache === false) return computeContributions(ctx, dataset, query, locale);
	let cache = answers.get(ctx.db);
	if (!cache || cache.version !== dataset.version) {
		cache = { version: dataset.version, entries: new Map() };
		answers.set(ctx.db, cache);
	}
	const key = `${locale}|${JSON.stringify(query)}`;
	const hit = cache.entries.get(key);
	if (hit) return hit;
	const answer = await computeContributions(ctx, dataset, query, locale);
	if (cache.entries.size >= maxCachedAnswers) {
		cache.entries.delete(cache.entries.keys().next().value!);
	}
	cache.entries.set(key, answer);
	return answer;
}

/**
 * Answers already computed, per database, for the figures of one import: they change only when
 * an import does. The oldest answer makes room for a new one.
 */
const answers = new WeakMap<
	object,
	{ version: number; entries: Map<string, ContributionsResponse> }
>();
const maxCachedAnswers = 500;

async function computeContributions(
	ctx: Ctx,
	dataset: Dataset,
	query: ContributionsQuery,
	locale: Locale
): Promise<ContributionsResponse> {
	const series = query.from !== undefined || query.to !== undefined;
	const first = dataset.months[0] ?? '';
	const latest = latestMonth(dataset) ?? '';
	const from = series ? (query.from ?? first) : (query.month ?? latest);
	const to = series ? (query.to ?? latest) : (query.month ?? latest);
	const groupBy = query.groupBy ?? (series ? 'month' : 'country');
	const scope = await resolveScope(ctx.db, dataset, query);
	const filters = {
		...(query.country ? { country: query.country } : {}),
		...(query.region ? { region: query.region } : {}),
		...(query.network ? { network: query.network } : {}),
		...(query.mission ? { mission: query.mission } : {}),
		...(query.type ? { type: query.type } : {})
	};
	const months = from && to && from <= to ? monthsBetween(from, to) : [];
	const sums =
		months.length === 0
			? []
			: await aggregate(
					ctx.db,
					{
						from,
						to,
						countries: scope.countries,
						mission: query.mission ?? null,
						types: query.type ? [query.type] : null
					},
					groupBy,
					series && groupBy !== 'month'
				);
	const target = query.type ? parityTargets2028[categoryOfType[query.type]] : undefined;
	const rows: ContributionRowOut[] =
		groupBy === 'month'
			? monthRows(dataset, months, sums, target)
			: sums.map((s) =>
					shapeRow(dataset, s, groupBy, locale, target, s.month ?? (series ? undefined : from))
				);
	if (!series && groupBy !== 'month') {
		for (const row of rows) delete row.month;
	}
	const totals = sumRows(sums);
	const quality: Quality[] = dataset.findings
		.filter((f) => months.includes(f.month))
		.map((f) => ({ month: f.month, issue: f.issue as Quality['issue'], detail: f.detail }));
	return {
		...(series ? { from, to } : { month: from }),
		groupBy,
		filters,
		rows,
		totals: { ...totals, femaleShare: femaleShare(totals.female, totals.total) },
		quality
	};
}

function monthRows(
	dataset: Dataset,
	months: readonly string[],
	sums: readonly AggregateRow[],
	target: number | undefined
): ContributionRowOut[] {
	const byMonth = new Map(sums.map((s) => [s.key, s]));
	return months.map((month) => {
		if (dataset.missing.has(month) || !dataset.calendar.includes(month)) {
			return { key: month, label: month, total: null, female: null, male: null, femaleShare: null };
		}
		const s = byMonth.get(month) ?? { month, key: month, male: 0, female: 0, total: 0 };
		return withTarget(dataset, month, { key: month, label: month, ...figures(s) }, target);
	});
}

function shapeRow(
	dataset: Dataset,
	s: AggregateRow,
	groupBy: 'country' | 'mission' | 'type',
	locale: Locale,
	target: number | undefined,
	month: string | undefined
): ContributionRowOut {
	const label =
		groupBy === 'country'
			? countryLabel(dataset, s.key, locale)
			: groupBy === 'mission'
				? missionLabel(dataset, s.key, locale).label
				: typeLabel(s.key, locale);
	const rowTarget =
		groupBy === 'type' ? parityTargets2028[categoryOfType[s.key as PersonnelType]] : target;
	const row: ContributionRowOut = { month, key: s.key, label, ...figures(s) };
	return withTarget(dataset, month, row, rowTarget);
}

function figures(s: { male: number; female: number; total: number }) {
	return {
		total: s.total,
		female: s.female,
		male: s.male,
		femaleShare: femaleShare(s.female, s.total)
	};
}

function withTarget(
	dataset: Dataset,
	month: string | undefined,
	row: ContributionRowOut,
	target: number | undefined
): ContributionRowOut {
	if (target === undefined) return row;
	row.target = target;
	const reliable = month === undefined || !dataset.genderUnreliable.has(month);
	const status =
		reliable && row.total !== null ? parityStatus(row.female ?? 0, row.total, target) : null;
	if (status) row.status = status;
	return row;
}

function sumRows(sums: readonly AggregateRow[]) {
	let total = 0;
	let female = 0;
	let male = 0;
	for (const s of sums) {
		total += s.total;
		female += s.female;
		male += s.male;
	}
	return { total, female, male };
}

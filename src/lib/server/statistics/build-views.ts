import { m } from '$lib/paraglide/messages';
import { localizedMissionName } from './mission-names';
import { formatMonth, formatPercent } from '$lib/i18n/format';
import { describeFinding } from './describe-finding';
import { formatNumber } from '$lib/i18n/format';
import type { Locale } from '$lib/paraglide/runtime';
import type { Ctx } from '../context';
import { NotFoundError } from '../errors';
import {
	categoryOfType,
	femaleShare,
	parityCategories,
	parityStatus,
	parityTargets2028,
	type ParityCategory,
	type PersonnelType
} from './categories';
import { latestMonth, loadDataset, type Dataset } from './dataset';
import { getContributions } from './get-contributions';
import { categoryLabel, countryLabel, missionLabel } from './labels';
import { monthPattern } from './months';
import type { ContributionRowOut, ContributionsQuery, Quality } from './schemas';
import type { BarChartModel, Cell, Column, Section, StatView } from './view-types';
import { defaultNetworkSlug } from '../registry/default-network';

/** One decimal of a percentage, as shown; null where there is nobody to divide by. */
export function percent(share: number | null | undefined): number | null {
	return share === null || share === undefined ? null : Math.round(share * 1000) / 10;
}

interface ViewInput {
	month?: string;
	locale: Locale;
}

async function prepare(ctx: Ctx, input: ViewInput) {
	const dataset = await loadDataset(ctx.db);
	const latest = latestMonth(dataset);
	if (!latest) throw new NotFoundError('No statistics have been imported');
	const month =
		input.month && monthPattern.test(input.month) && dataset.months.includes(input.month)
			? input.month
			: latest;
	return { dataset, month, first: dataset.months[0]!, latest };
}

const contributions = (ctx: Ctx, query: Partial<ContributionsQuery>, locale: Locale) =>
	getContributions(ctx, query as ContributionsQuery, locale);

function noteFor(dataset: Dataset, month: string, locale: Locale): string {
	if (dataset.missing.has(month)) return m.stats_note_missing({}, { locale });
	if (dataset.genderUnreliable.has(month)) return m.stats_note_gender_unreliable({}, { locale });
	return '';
}

function cols(locale: Locale, keys: string[]): Column[] {
	const all: Record<string, Column> = {
		month: { key: 'month', label: m.stats_col_month({}, { locale }), kind: 'month' },
		total: { key: 'total', label: m.stats_col_total({}, { locale }), kind: 'int' },
		female: { key: 'female', label: m.stats_col_female({}, { locale }), kind: 'int' },
		male: { key: 'male', label: m.stats_col_male({}, { locale }), kind: 'int' },
		femaleShare: { key: 'femaleShare', label: m.stats_col_share({}, { locale }), kind: 'pct' },
		target: { key: 'target', label: m.stats_col_target({}, { locale }), kind: 'pct' },
		status: { key: 'status', label: m.stats_col_status({}, { locale }), kind: 'status' },
		note: { key: 'note', label: m.stats_col_note({}, { locale }), kind: 'text' }
	};
	return keys.map((k) => all[k]!);
}

function fmt(locale: Locale, value: number): string {
	return formatNumber(value, locale);
}

// ---- sections ----

async function personnelSection(
	ctx: Ctx,
	dataset: Dataset,
	scope: Partial<ContributionsQuery>,
	range: { from: string; to: string },
	locale: Locale
): Promise<Section> {
	const answer = await contributions(ctx, { ...scope, ...range, groupBy: 'month' }, locale);
	const rows = answer.rows.map((r) => ({
		month: r.key,
		total: r.total,
		female: r.female,
		male: r.male,
		femaleShare: percent(r.femaleShare),
		note: noteFor(dataset, r.key, locale)
	}));
	const values = answer.rows.map((r) => r.total);
	return {
		id: 'personnel',
		heading: m.stats_section_personnel({}, { locale }),
		chart: {
			kind: 'line',
			percent: false,
			x: answer.rows.map((r) => r.key),
			series: [{ label: m.stats_col_total({}, { locale }), values }],
			summary: seriesSummary(answer.rows, locale)
		},
		table: {
			id: 'personnel',
			caption: m.stats_section_personnel({}, { locale }),
			columns: cols(locale, ['month', 'total', 'female', 'male', 'femaleShare', 'note']),
			rows
		}
	};
}

function seriesSummary(rows: ContributionRowOut[], locale: Locale): string {
	const present = rows.filter((r) => r.total !== null);
	if (present.length === 0) return m.stats_alt_empty({}, { locale });
	const first = present[0]!;
	const last = present[present.length - 1]!;
	const max = present.reduce((a, b) => ((b.total ?? 0) > (a.total ?? 0) ? b : a));
	return m.stats_alt_series(
		{
			from: first.key,
			to: last.key,
			first: fmt(locale, first.total ?? 0),
			last: fmt(locale, last.total ?? 0),
			max: fmt(locale, max.total ?? 0),
			maxMonth: max.key,
			gaps: rows.length - present.length
		},
		{ locale }
	);
}

/** Women's share per parity category and month, against the 2028 targets. */
async function shareSection(
	ctx: Ctx,
	dataset: Dataset,
	scope: Partial<ContributionsQuery>,
	range: { from: string; to: string },
	locale: Locale
): Promise<Section> {
	const answer = await contributions(ctx, { ...scope, ...range, groupBy: 'type' }, locale);
	const sums = new Map<string, { female: number; total: number }>();
	for (const r of answer.rows) {
		const key = `${r.month}|${categoryOfType[r.key as PersonnelType]}`;
		const s = sums.get(key) ?? { female: 0, total: 0 };
		s.female += r.female ?? 0;
		s.total += r.total ?? 0;
		sums.set(key, s);
	}
	const months = dataset.calendar.filter((mo) => mo >= range.from && mo <= range.to);
	const shareOf = (month: string, c: ParityCategory) => {
		const s = sums.get(`${month}|${c}`);
		return s ? percent(femaleShare(s.female, s.total)) : null;
	};
	const rows = months.map((month) => {
		const row: Record<string, Cell> = { month };
		for (const c of parityCategories)
			row[c] = dataset.missing.has(month) ? null : shareOf(month, c);
		row.note = noteFor(dataset, month, locale);
		return row;
	});
	const columns: Column[] = [
		cols(locale, ['month'])[0]!,
		...parityCategories.map((c): Column => ({
			key: c,
			label: m.stats_col_share_of(
				{ category: categoryLabel(c, locale), target: parityTargets2028[c] * 100 },
				{ locale }
			),
			kind: 'pct'
		})),
		cols(locale, ['note'])[0]!
	];
	// The chart leaves out months whose gender split is wrong; the table keeps and flags them.
	const chartable = (month: string) => !dataset.genderUnreliable.has(month);
	const latestRow = [...rows].reverse().find((r) => r.month && chartable(String(r.month)));
	return {
		id: 'women-share',
		heading: m.stats_section_share({}, { locale }),
		intro: m.stats_share_intro({}, { locale }),
		chart: {
			kind: 'line',
			percent: true,
			x: months,
			series: parityCategories.map((c) => ({
				label: categoryLabel(c, locale),
				values: months.map((mo) => (chartable(mo) ? shareOf(mo, c) : null)),
				target: parityTargets2028[c] * 100
			})),
			summary: m.stats_alt_share(
				{
					month: latestRow?.month ? formatMonth(String(latestRow.month), locale) : '',
					values: parityCategories
						.map(
							(c) =>
								`${categoryLabel(c, locale)} ${percentOrDash(latestRow?.[c], locale)} (${formatPercent(parityTargets2028[c] * 100, locale)})`
						)
						.join('; ')
				},
				{ locale }
			)
		},
		table: { id: 'women-share', caption: m.stats_section_share({}, { locale }), columns, rows }
	};
}

export const percentOrDash = (value: unknown, locale: Locale) =>
	typeof value === 'number' ? formatPercent(value, locale) : '–';

function barSummary(
	bars: BarChartModel['bars'],
	month: string,
	locale: Locale,
	percentBars: boolean
): string {
	if (bars.length === 0) return m.stats_alt_empty({}, { locale });
	const top = bars
		.slice(0, 3)
		.map(
			(b) => `${b.label}: ${percentBars ? formatPercent(b.value, locale) : fmt(locale, b.value)}`
		)
		.join('; ');
	return m.stats_alt_bars(
		{ month: formatMonth(month, locale), count: bars.length, top },
		{ locale }
	);
}

async function groupedSection(
	ctx: Ctx,
	dataset: Dataset,
	scope: Partial<ContributionsQuery>,
	month: string,
	groupBy: 'mission' | 'type' | 'country',
	locale: Locale,
	options: { id: string; heading: string; chartLimit?: number; linkPrefix?: string }
): Promise<Section> {
	const answer = await contributions(ctx, { ...scope, month, groupBy }, locale);
	const sorted = [...answer.rows].sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
	const withTargets = groupBy === 'type';
	const unreliable = dataset.genderUnreliable.has(month);
	const rows = sorted.map((r) => {
		const row: Record<string, Cell> = {
			key: r.key,
			name: r.label,
			nameLang: groupBy === 'mission' ? missionLabel(dataset, r.key, locale).otherLang : null,
			total: r.total,
			female: r.female,
			femaleShare: percent(r.femaleShare)
		};
		if (withTargets) {
			row.target = percent(r.target);
			row.status = r.status ?? null;
		}
		if (unreliable) row.note = m.stats_note_gender_unreliable({}, { locale });
		return row;
	});
	const nameLabel =
		groupBy === 'mission'
			? m.stats_col_mission({}, { locale })
			: groupBy === 'type'
				? m.stats_col_type({}, { locale })
				: m.stats_col_country({}, { locale });
	const columns: Column[] = [
		{ key: 'key', label: m.stats_col_code({}, { locale }), kind: 'text' },
		{
			key: 'name',
			label: nameLabel,
			kind: 'text',
			linkPrefix: options.linkPrefix,
			langKey: 'nameLang'
		},
		...cols(locale, [
			'total',
			'female',
			'femaleShare',
			...(withTargets ? ['target', 'status'] : []),
			...(unreliable ? ['note'] : [])
		])
	];
	const bars = sorted
		.filter((r) => (r.total ?? 0) > 0)
		.slice(0, options.chartLimit ?? 25)
		.map((r) => ({ label: groupBy === 'mission' ? r.key : r.label, value: r.total ?? 0 }));
	return {
		id: options.id,
		heading: options.heading,
		chart:
			bars.length > 0
				? { kind: 'bar', percent: false, bars, summary: barSummary(bars, month, locale, false) }
				: undefined,
		table: {
			id: options.id,
			caption: `${options.heading} (${formatMonth(month, locale)})`,
			columns,
			rows
		}
	};
}

/** Women's share by parity category in one month, with target and status. */
async function categorySection(
	ctx: Ctx,
	dataset: Dataset,
	scope: Partial<ContributionsQuery>,
	month: string,
	locale: Locale
): Promise<Section> {
	const answer = await contributions(ctx, { ...scope, month, groupBy: 'type' }, locale);
	const unreliable = dataset.genderUnreliable.has(month);
	const rows = parityCategories.map((c) => {
		let total = 0;
		let female = 0;
		for (const r of answer.rows) {
			if (categoryOfType[r.key as PersonnelType] !== c) continue;
			total += r.total ?? 0;
			female += r.female ?? 0;
		}
		const target = parityTargets2028[c];
		const row: Record<string, Cell> = {
			key: c,
			name: categoryLabel(c, locale),
			total,
			female,
			femaleShare: percent(femaleShare(female, total)),
			target: percent(target),
			status: unreliable ? null : parityStatus(female, total, target)
		};
		if (unreliable) row.note = m.stats_note_gender_unreliable({}, { locale });
		return row;
	});
	const bars = rows
		.filter((r) => r.femaleShare !== null)
		.map((r) => ({
			label: String(r.name),
			value: Number(r.femaleShare),
			target: Number(r.target)
		}));
	const heading = m.stats_section_categories({}, { locale });
	return {
		id: 'categories',
		heading,
		intro: m.stats_status_legend({}, { locale }),
		chart:
			bars.length > 0 && !unreliable
				? { kind: 'bar', percent: true, bars, summary: barSummary(bars, month, locale, true) }
				: undefined,
		table: {
			id: 'categories',
			caption: `${heading} (${formatMonth(month, locale)})`,
			columns: [
				{ key: 'key', label: m.stats_col_code({}, { locale }), kind: 'text' },
				{ key: 'name', label: m.stats_col_category({}, { locale }), kind: 'text' },
				...cols(locale, [
					'total',
					'female',
					'femaleShare',
					'target',
					'status',
					...(unreliable ? ['note'] : [])
				])
			],
			rows
		}
	};
}

/** The network's members against the rest of the world, month by month. */
async function networkTrendSection(
	ctx: Ctx,
	dataset: Dataset,
	network: string,
	range: { from: string; to: string },
	locale: Locale
): Promise<Section> {
	const [members, world] = await Promise.all([
		contributions(ctx, { network, ...range, groupBy: 'month' }, locale),
		contributions(ctx, { ...range, groupBy: 'month' }, locale)
	]);
	const worldBy = new Map(world.rows.map((r) => [r.key, r]));
	const rows = members.rows.map((r) => {
		const w = worldBy.get(r.key);
		const restTotal = r.total === null || !w || w.total === null ? null : w.total - r.total;
		const restFemale = r.female === null || !w || w.female === null ? null : w.female - r.female;
		return {
			month: r.key,
			membersTotal: r.total,
			membersShare: percent(r.femaleShare),
			restTotal,
			restShare:
				restTotal === null || restFemale === null
					? null
					: percent(femaleShare(restFemale, restTotal)),
			note: noteFor(dataset, r.key, locale)
		};
	});
	const chartable = (row: (typeof rows)[number]) => !dataset.genderUnreliable.has(row.month);
	const last = [...rows].reverse().find((r) => r.membersTotal !== null && chartable(r));
	return {
		id: 'network-trend',
		heading: m.stats_section_network_trend({}, { locale }),
		chart: {
			kind: 'line',
			percent: true,
			x: rows.map((r) => r.month),
			series: [
				{
					label: m.stats_series_members({}, { locale }),
					values: rows.map((r) => (chartable(r) ? r.membersShare : null))
				},
				{
					label: m.stats_series_rest({}, { locale }),
					values: rows.map((r) => (chartable(r) ? r.restShare : null))
				}
			],
			summary: m.stats_alt_network(
				{
					month: last?.month ? formatMonth(last.month, locale) : '',
					members: percentOrDash(last?.membersShare, locale),
					rest: percentOrDash(last?.restShare, locale)
				},
				{ locale }
			)
		},
		table: {
			id: 'network-trend',
			caption: m.stats_section_network_trend({}, { locale }),
			columns: [
				cols(locale, ['month'])[0]!,
				{ key: 'membersTotal', label: m.stats_col_members_total({}, { locale }), kind: 'int' },
				{ key: 'membersShare', label: m.stats_col_members_share({}, { locale }), kind: 'pct' },
				{ key: 'restTotal', label: m.stats_col_rest_total({}, { locale }), kind: 'int' },
				{ key: 'restShare', label: m.stats_col_rest_share({}, { locale }), kind: 'pct' },
				cols(locale, ['note'])[0]!
			],
			rows
		}
	};
}

function qualityIn(dataset: Dataset, months: (m: string) => boolean, locale: Locale): Quality[] {
	return dataset.findings
		.filter((f) => months(f.month))
		.map((f) => {
			const issue = f.issue as Quality['issue'];
			return {
				month: f.month,
				issue,
				detail: describeFinding({ issue, detail: f.detail }, locale)
			};
		});
}

// ---- views ----

export type OverviewScope = 'world' | 'region' | 'network';

export async function buildOverview(
	ctx: Ctx,
	input: ViewInput & { scope?: string }
): Promise<StatView> {
	const { locale } = input;
	const { dataset, month, first, latest } = await prepare(ctx, input);
	const scopeName: OverviewScope =
		input.scope === 'region' || input.scope === 'network' ? input.scope : 'world';
	const scope: Partial<ContributionsQuery> =
		scopeName === 'region'
			? { region: '419' }
			: scopeName === 'network'
				? { network: defaultNetworkSlug() }
				: {};
	const range = { from: first, to: latest };
	const sections = await Promise.all([
		personnelSection(ctx, dataset, scope, range, locale),
		shareSection(ctx, dataset, scope, range, locale),
		groupedSection(ctx, dataset, scope, month, 'mission', locale, {
			id: 'by-mission',
			heading: m.stats_section_by_mission({}, { locale }),
			linkPrefix: '/statistics/missions/'
		}),
		groupedSection(ctx, dataset, scope, month, 'type', locale, {
			id: 'by-type',
			heading: m.stats_section_by_type({}, { locale })
		}),
		networkTrendSection(ctx, dataset, defaultNetworkSlug(), range, locale),
		groupedSection(ctx, dataset, scope, month, 'country', locale, {
			id: 'by-country',
			heading: m.stats_section_by_country({}, { locale }),
			chartLimit: 15,
			linkPrefix: '/statistics/countries/'
		})
	]);
	return {
		kind: 'overview',
		title: m.stats_overview_title({}, { locale }),
		month,
		months: dataset.months,
		sections,
		quality: qualityIn(dataset, () => true, locale),
		params: { view: 'overview', month, scope: scopeName }
	};
}

export async function buildCountryProfile(
	ctx: Ctx,
	input: ViewInput & { iso3: string }
): Promise<StatView> {
	const { locale } = input;
	const iso3 = input.iso3.toUpperCase();
	const { dataset, month, first, latest } = await prepare(ctx, input);
	if (!dataset.countries.has(iso3)) throw new NotFoundError(`No contributions from ${iso3}`);
	const scope = { country: iso3 };
	const range = { from: first, to: latest };
	const sections = await Promise.all([
		personnelSection(ctx, dataset, scope, range, locale),
		categorySection(ctx, dataset, scope, month, locale),
		groupedSection(ctx, dataset, scope, month, 'mission', locale, {
			id: 'by-mission',
			heading: m.stats_section_by_mission({}, { locale }),
			linkPrefix: '/statistics/missions/'
		}),
		groupedSection(ctx, dataset, scope, month, 'type', locale, {
			id: 'by-type',
			heading: m.stats_section_by_type({}, { locale })
		}),
		shareSection(ctx, dataset, scope, range, locale)
	]);
	return {
		kind: 'country',
		title: countryLabel(dataset, iso3, locale),
		month,
		months: dataset.months,
		sections,
		quality: qualityIn(dataset, () => true, locale),
		params: { view: 'country', id: iso3, month }
	};
}

export async function buildMissionView(
	ctx: Ctx,
	input: ViewInput & { acronym: string }
): Promise<StatView> {
	const { locale } = input;
	const acronym = input.acronym.toUpperCase();
	const { dataset, month, first, latest } = await prepare(ctx, input);
	const mission = dataset.missions.get(acronym);
	if (!mission) throw new NotFoundError(`No mission ${acronym}`);
	const named = localizedMissionName(acronym, mission.name, locale);
	const scope = { mission: acronym };
	const sections = await Promise.all([
		groupedSection(ctx, dataset, scope, month, 'country', locale, {
			id: 'by-country',
			heading: m.stats_section_by_country({}, { locale }),
			chartLimit: 15,
			linkPrefix: '/statistics/countries/'
		}),
		groupedSection(ctx, dataset, scope, month, 'type', locale, {
			id: 'by-type',
			heading: m.stats_section_by_type({}, { locale })
		}),
		personnelSection(ctx, dataset, scope, { from: first, to: latest }, locale)
	]);
	return {
		kind: 'mission',
		title: named ? `${acronym} — ${named.name}` : acronym,
		titleLang: named && named.lang !== locale ? named.lang : null,
		month,
		months: dataset.months,
		sections,
		quality: qualityIn(dataset, () => true, locale),
		params: { view: 'mission', id: acronym, month }
	};
}

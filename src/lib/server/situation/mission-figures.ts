import type { Locale } from '$lib/paraglide/runtime';
import type { Ctx } from '../context';
import { latestMonth, loadDataset } from '../statistics/dataset';
import { getContributions } from '../statistics/get-contributions';

export interface MissionFigures {
	/** The latest month of the UN's figures, or null before the first import. */
	latestMonth: string | null;
	/** Whether the mission had uniformed personnel, from anyone, in the latest month. */
	active: boolean;
	/** The network's members' personnel there, month by month (null: no report that month). */
	series: { month: string; total: number | null; female: number | null; male: number | null }[];
	/** The members' personnel there in the latest month, by country. */
	byCountry: { country: string; label: string; total: number; female: number }[];
}

/** What the UN's public figures say of one mission and the network's members in it. */
export async function missionFigures(
	ctx: Ctx,
	networkSlug: string,
	acronym: string,
	locale: Locale
): Promise<MissionFigures> {
	const dataset = await loadDataset(ctx.db);
	const latest = latestMonth(dataset);
	const first = dataset.months[0];
	if (!latest || !first) return { latestMonth: null, active: false, series: [], byCountry: [] };
	const [everyone, series, byCountry] = await Promise.all([
		getContributions(ctx, { mission: acronym, month: latest, groupBy: 'mission' }, locale),
		getContributions(
			ctx,
			{ network: networkSlug, mission: acronym, from: first, to: latest, groupBy: 'month' },
			locale
		),
		getContributions(
			ctx,
			{ network: networkSlug, mission: acronym, month: latest, groupBy: 'country' },
			locale
		)
	]);
	const members = series.rows.filter((r) => (r.total ?? 0) > 0);
	// The series starts at the members' first month there, not at the start of the figures.
	const start = members[0]?.key;
	return {
		latestMonth: latest,
		active: everyone.rows.some((r) => (r.total ?? 0) > 0),
		series: start
			? series.rows
					.filter((r) => r.key >= start)
					.map((r) => ({ month: r.key, total: r.total, female: r.female, male: r.male }))
			: [],
		byCountry: byCountry.rows
			.filter((r) => (r.total ?? 0) > 0)
			.map((r) => ({ country: r.key, label: r.label, total: r.total ?? 0, female: r.female ?? 0 }))
			.sort((a, b) => b.total - a.total)
	};
}

/** The missions where the network's members serve in the latest month, with their personnel. */
export async function missionsServed(
	ctx: Ctx,
	networkSlug: string,
	locale: Locale
): Promise<{ month: string | null; rows: { mission: string; total: number; female: number }[] }> {
	const dataset = await loadDataset(ctx.db);
	const latest = latestMonth(dataset);
	if (!latest) return { month: null, rows: [] };
	const answer = await getContributions(
		ctx,
		{ network: networkSlug, month: latest, groupBy: 'mission' },
		locale
	);
	return {
		month: latest,
		rows: answer.rows
			.filter((r) => (r.total ?? 0) > 0)
			.map((r) => ({ mission: r.key, total: r.total ?? 0, female: r.female ?? 0 }))
			.sort((a, b) => b.total - a.total)
	};
}

import type { Locale } from '$lib/paraglide/runtime';
import type { Ctx } from '../context';
import { latestMonth, loadDataset } from './dataset';
import { getContributions } from './get-contributions';

export interface YearShare {
	year: number;
	/** Person-months of women and of everyone across the year's reported months. */
	female: number;
	total: number;
	/** Women's share of the country's uniformed personnel in UN operations; null without figures. */
	share: number | null;
}

/**
 * A country's women's share in UN deployments, year by year, from the UN's public figures: the
 * sum over the year's reported months, so that a rotation in one month does not decide the year.
 * Public data, read for every caller.
 */
export async function womenShareByYear(
	ctx: Ctx,
	countryIso3: string,
	years: readonly number[],
	locale: Locale
): Promise<YearShare[]> {
	const dataset = await loadDataset(ctx.db);
	const first = dataset.months[0];
	const latest = latestMonth(dataset);
	const shares: YearShare[] = [];
	for (const year of [...new Set(years)].sort((a, b) => a - b)) {
		const from = `${year}-01`;
		const to = `${year}-12`;
		if (!first || !latest || to < first || from > latest) {
			shares.push({ year, female: 0, total: 0, share: null });
			continue;
		}
		const answer = await getContributions(
			ctx,
			{
				country: countryIso3,
				from: from < first ? first : from,
				to: to > latest ? latest : to,
				groupBy: 'month'
			},
			locale
		);
		const { female, total, femaleShare } = answer.totals;
		shares.push({ year, female, total, share: femaleShare });
	}
	return shares;
}

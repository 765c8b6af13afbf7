import type { Ctx } from '../context';
import { latestMonth, loadDataset } from './dataset';
import type { MonthsResponse, Quality } from './schemas';

/** The months with figures, and the months missing between the first and the latest. */
export async function listStatisticsMonths(ctx: Ctx): Promise<MonthsResponse> {
	// Public data: every caller, signed in or not, may read it.
	const dataset = await loadDataset(ctx.db);
	return {
		first: dataset.months[0] ?? null,
		latest: latestMonth(dataset),
		available: dataset.months,
		missing: [...dataset.missing].map((month) => ({
			month,
			printedTotal: dataset.printed.get(month)?.total ?? null,
			detail:
				dataset.findings.find((f) => f.month === month && f.issue === 'missing_month')?.detail ?? ''
		})),
		quality: dataset.findings.map((f) => ({
			month: f.month,
			issue: f.issue as Quality['issue'],
			detail: f.detail
		}))
	};
}

import { getLocale } from '$lib/paraglide/runtime';
import { buildOverview } from '$lib/server/statistics/build-views';
import { statisticsPage } from '$lib/server/statistics/page-load';

export async function load({ locals, url, setHeaders }) {
	const view = await statisticsPage(locals, url, setHeaders, () =>
		buildOverview(locals.ctx, {
			month: url.searchParams.get('month') ?? undefined,
			// Readers come for their own network; the whole world is one link away.
			scope: url.searchParams.get('scope') ?? 'network',
			locale: getLocale()
		})
	);
	return { view, locale: getLocale() };
}

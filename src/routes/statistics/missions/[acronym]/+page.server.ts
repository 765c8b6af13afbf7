import { getLocale } from '$lib/paraglide/runtime';
import { buildMissionView } from '$lib/server/statistics/build-views';
import { statisticsPage } from '$lib/server/statistics/page-load';

export async function load({ locals, url, params, setHeaders }) {
	const view = await statisticsPage(locals, url, setHeaders, () =>
		buildMissionView(locals.ctx, {
			acronym: params.acronym,
			month: url.searchParams.get('month') ?? undefined,
			locale: getLocale()
		})
	);
	return { view, locale: getLocale() };
}

import { getLocale } from '$lib/paraglide/runtime';
import { buildCountryProfile } from '$lib/server/statistics/build-views';
import { statisticsPage } from '$lib/server/statistics/page-load';

export async function load({ locals, url, params, setHeaders }) {
	const view = await statisticsPage(locals, url, setHeaders, () =>
		buildCountryProfile(locals.ctx, {
			iso3: params.iso3,
			month: url.searchParams.get('month') ?? undefined,
			locale: getLocale()
		})
	);
	return { view, locale: getLocale() };
}

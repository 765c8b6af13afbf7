import { getLocale } from '$lib/paraglide/runtime';
import { buildDeploymentMap } from '$lib/server/statistics/build-deployment-map';
import { statisticsPage } from '$lib/server/statistics/page-load';

export async function load({ locals, url, setHeaders }) {
	const map = await statisticsPage(locals, url, setHeaders, () =>
		buildDeploymentMap(locals.ctx, {
			month: url.searchParams.get('month') ?? undefined,
			locale: getLocale()
		})
	);
	return { map, locale: getLocale() };
}

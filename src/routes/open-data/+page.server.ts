import { getLocale } from '$lib/paraglide/runtime';
import { buildCatalog } from '$lib/server/opendata/build-catalog';
import { publicOrigin } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const origin = publicOrigin();
	const catalog = await buildCatalog(locals.ctx, origin, getLocale());
	// Links on the page stay on the site the reader is on.
	const local = (url: string) => (url.startsWith(origin) ? url.slice(origin.length) || '/' : url);
	return {
		datasets: catalog.datasets.map((d) => ({
			...d,
			landingPage: local(d.landingPage),
			distributions: d.distributions.map((x) => ({ ...x, accessUrl: local(x.accessUrl) }))
		}))
	};
};

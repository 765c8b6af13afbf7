import { getLocale } from '$lib/paraglide/runtime';
import { loadNetworkHome } from '$lib/server/registry/load-network-home';

export async function load({ locals }) {
	const locale = getLocale();
	return {
		home: await loadNetworkHome(locals.ctx, process.env.DEFAULT_NETWORK ?? 'relacopaz', locale)
	};
}

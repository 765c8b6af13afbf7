import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { loadNetworkHome } from '$lib/server/registry/load-network-home';

export async function load({ locals, params }) {
	const home = await loadNetworkHome(locals.ctx, params.network, getLocale()).catch(() => null);
	if (!home?.network) error(404, 'Not found');
	return { home };
}

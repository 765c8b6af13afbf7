import { getLocale } from '$lib/paraglide/runtime';
import { getDesk } from '$lib/server/desk/get-desk';
import { loadFailure } from '$lib/server/forms/form-failure';
import { loadNetworkHome } from '$lib/server/registry/load-network-home';
import { defaultNetworkSlug } from '$lib/server/registry/default-network';

export async function load({ locals }) {
	const locale = getLocale();
	// A signed-in reader comes to work: the home page is their desk; the public page is a link.
	if (locals.actor.userId) {
		return {
			desk: await getDesk(locals.ctx, locale).catch(loadFailure),
			timeZone: locals.user?.timeZone ?? null,
			home: null
		};
	}
	return {
		desk: null,
		timeZone: null,
		home: await loadNetworkHome(locals.ctx, defaultNetworkSlug(), locale)
	};
}

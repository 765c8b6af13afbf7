import { getLocale } from '$lib/paraglide/runtime';
import { getSiteNetwork } from '$lib/server/registry/get-site-network';
import { defaultNetworkSlug } from '$lib/server/registry/default-network';

export async function load({ locals, url }) {
	const { actor, user } = locals;
	const slug = defaultNetworkSlug();
	// The registry of networks is public; the site is branded with the network it serves.
	const network = await getSiteNetwork(locals.ctx, slug);
	return {
		site: { network: slug, acronym: network?.acronym ?? slug.toUpperCase() },
		locale: getLocale(),
		path: url.pathname + url.search,
		viewer: user
			? {
					email: user.email,
					name: user.name,
					isAdmin: actor.isAdmin,
					participantCode: actor.participant?.code ?? null,
					role: actor.role
				}
			: null,
		pendingSecondFactor: locals.pendingSecondFactor
	};
}

// Every page is complete as server-rendered HTML, and forms post without scripts. Shipping no
// client JavaScript keeps pages light on slow links; a page that needs scripts opts back in.
export const csr = false;

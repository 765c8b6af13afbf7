import { getLocale } from '$lib/paraglide/runtime';

export function load({ locals, url }) {
	const { actor, user } = locals;
	return {
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

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

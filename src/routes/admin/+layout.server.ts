import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { canAdminister } from '$lib/server/access/access';
import type { LayoutServerLoad } from './$types';

/** Administration exists only for administrators: anyone else signed in is told it is not there. */
export const load: LayoutServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
	if (!canAdminister(locals.actor)) error(404, m.error_not_found());
	return {};
};

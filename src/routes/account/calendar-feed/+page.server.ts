import { redirect } from '@sveltejs/kit';
import {
	createFeedToken,
	getFeedTokenStatus,
	revokeFeedToken
} from '$lib/server/calendar/feed-tokens';
import { feedFilterQuery, feedFiltersSchema } from '$lib/server/calendar/schemas';

export const csr = false;

export async function load({ locals, url }) {
	if (!locals.ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	return {
		status: await getFeedTokenStatus(locals.ctx),
		filters: feedFilterQuery(url.searchParams)
	};
}

export const actions = {
	create: async ({ locals, url, request }) => {
		if (!locals.ctx.actor.userId) redirect(303, '/login');
		const form = await request.formData();
		const raw = feedFilterQuery(
			new URLSearchParams(
				[...form].filter((entry): entry is [string, string] => typeof entry[1] === 'string')
			)
		);
		// Filters that do not parse are left out: the address then shows everything, as the page says.
		const query = feedFiltersSchema.safeParse(raw).success
			? new URLSearchParams(raw).toString()
			: '';
		const token = await createFeedToken(locals.ctx);
		// Shown once, in this response only; the database keeps just its hash.
		return { created: `${url.origin}/calendar/feed/${token}.ics${query ? `?${query}` : ''}` };
	},
	revoke: async ({ locals }) => {
		if (!locals.ctx.actor.userId) redirect(303, '/login');
		await revokeFeedToken(locals.ctx);
		return { revoked: true };
	}
};

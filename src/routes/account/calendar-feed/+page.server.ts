import { redirect } from '@sveltejs/kit';
import {
	createFeedToken,
	getFeedTokenStatus,
	revokeFeedToken
} from '$lib/server/calendar/feed-tokens';

export const csr = false;

export async function load({ locals, url }) {
	if (!locals.ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	return { status: await getFeedTokenStatus(locals.ctx) };
}

export const actions = {
	create: async ({ locals, url }) => {
		if (!locals.ctx.actor.userId) redirect(303, '/login');
		const token = await createFeedToken(locals.ctx);
		// Shown once, in this response only; the database keeps just its hash.
		return { created: `${url.origin}/calendar/feed/${token}.ics` };
	},
	revoke: async ({ locals }) => {
		if (!locals.ctx.actor.userId) redirect(303, '/login');
		await revokeFeedToken(locals.ctx);
		return { revoked: true };
	}
};

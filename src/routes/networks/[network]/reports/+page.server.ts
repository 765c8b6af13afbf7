import { redirect } from '@sveltejs/kit';
import { listCycles } from '$lib/server/reports/list-cycles';
import { loadFailure } from '$lib/server/forms/form-failure';

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const { items, policies } = await listCycles(ctx, params.network).catch(loadFailure);
	return { network: params.network, cycles: items, canOpen: policies.openCycle };
}

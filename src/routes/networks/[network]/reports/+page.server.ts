import { redirect } from '@sveltejs/kit';
import { canOpenCycle } from '$lib/server/reports/can-open-cycle';
import { listCycles } from '$lib/server/reports/list-cycles';
import { loadFailure } from '$lib/server/forms/form-failure';

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const [cycles, canOpen] = await Promise.all([
		listCycles(ctx, params.network),
		canOpenCycle(ctx, params.network)
	]).catch(loadFailure);
	return { network: params.network, cycles, canOpen };
}

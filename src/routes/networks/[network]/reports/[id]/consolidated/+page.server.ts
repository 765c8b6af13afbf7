import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { buildConsolidated } from '$lib/server/reports/build-consolidated';
import { parseCycleId } from '$lib/server/reports/cycle-context';
import { loadFailure } from '$lib/server/forms/form-failure';

export async function load({ locals, params, url }) {
	const ctx = locals.ctx;
	if (!ctx.actor.userId) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	const view = await Promise.resolve()
		.then(() => buildConsolidated(ctx, params.network, parseCycleId(params.id), getLocale()))
		.catch(loadFailure);
	return { network: params.network, view };
}

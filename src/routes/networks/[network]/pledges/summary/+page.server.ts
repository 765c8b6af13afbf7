import { getLocale } from '$lib/paraglide/runtime';
import { loadFailure } from '$lib/server/forms/form-failure';
import { getPledgeSummary } from '$lib/server/pledges/get-pledge-summary';

export const csr = false;

export async function load({ locals, params }) {
	const summary = await getPledgeSummary(locals.ctx, params.network, getLocale()).catch(
		loadFailure
	);
	return {
		network: params.network,
		summary,
		ownCode: locals.ctx.actor.participant?.code ?? null
	};
}

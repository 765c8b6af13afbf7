import { getLocale } from '$lib/paraglide/runtime';
import { listDecisions } from '$lib/server/decisions/list-decisions';
import { loadFailure } from '$lib/server/forms/form-failure';
import { readerZone } from '$lib/server/time/form-zone';

export const csr = false;

export async function load({ locals, params }) {
	const ctx = locals.ctx;
	const { items, policies } = await listDecisions(ctx, params.network, getLocale()).catch(
		loadFailure
	);
	return {
		network: params.network,
		items,
		signedIn: ctx.actor.userId !== null,
		canOpen: policies.open,
		zone: readerZone(locals)
	};
}

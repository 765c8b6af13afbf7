import { getLocale } from '$lib/paraglide/runtime';
import { listDecisions } from '$lib/server/governance/list-decisions';
import { getGovernance } from '$lib/server/governance/get-governance';
import { loadFailure } from '$lib/server/governance/form.server';
import { readerZone } from '$lib/server/time/form-zone';

export const csr = false;

export async function load({ locals, params }) {
	const ctx = locals.ctx;
	const [items, governance] = await Promise.all([
		listDecisions(ctx, params.network, getLocale()),
		getGovernance(ctx, params.network, getLocale())
	]).catch(loadFailure);
	return {
		network: params.network,
		items,
		signedIn: ctx.actor.userId !== null,
		canOpen: governance.canOpenDecision,
		zone: readerZone(locals)
	};
}

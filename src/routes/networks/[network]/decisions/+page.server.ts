import { getLocale } from '$lib/paraglide/runtime';
import { listDecisions } from '$lib/server/governance/list-decisions';
import { getGovernance } from '$lib/server/governance/get-governance';
import { loadFailure } from '$lib/server/governance/form.server';
import { viewerZone } from '$lib/server/governance/local-time';

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
		zone: viewerZone(locals.user?.timeZone)
	};
}

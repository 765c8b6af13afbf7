import { summarizeOutbox } from '$lib/server/mail/summarize-outbox';
import { listNetworks } from '$lib/server/registry/list-networks';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
	await parent();
	const [outbox, networks] = await Promise.all([
		summarizeOutbox(locals.ctx),
		listNetworks(locals.ctx)
	]);
	return { outbox, networkCount: networks.length };
};

import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { listNetworkRows } from './repository';
import type { NetworkView } from './schemas';

export function listNetworks(ctx: Ctx): Promise<NetworkView[]> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const rows = await listNetworkRows(tx);
		return rows.map((n) => ({
			slug: n.slug,
			acronym: n.acronym,
			name: n.name,
			description: n.description,
			region: n.region,
			defaultLanguage: n.defaultLanguage,
			timeZone: n.timeZone
		}));
	});
}

import { canRead } from '../access/access';
import { releaseCodeMap } from '../access/releasability';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { toContingentView } from './contingent-view';
import { countAllContributions, listContingentRows, listContributionRows } from './repository';
import type { ContingentView } from './schemas';

/** The combined contingents released to the caller, newest first. */
export function listContingents(ctx: Ctx, networkSlug: string): Promise<ContingentView[]> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const rows = (await listContingentRows(tx, network.id)).filter((r) =>
			canRead(ctx.actor, r.contingent)
		);
		const ids = rows.map((r) => r.contingent.id);
		const contributions = await listContributionRows(tx, ids);
		const totals = new Map<string, number>();
		// One transaction is one connection: the counts are asked one after another.
		for (const id of ids) totals.set(id, await countAllContributions(tx, id));
		const restricted = rows
			.filter((r) => r.contingent.level !== 'public')
			.map((r) => r.contingent.id);
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'combined_contingent',
				networkId: network.id,
				details: { ids: restricted }
			});
		}
		const codes = await releaseCodeMap(
			tx,
			rows.map((r) => r.contingent.releasedTo)
		);
		return rows.map((row) =>
			toContingentView(
				ctx.actor,
				network.slug,
				row,
				contributions
					.filter((c) => c.contribution.contingentId === row.contingent.id)
					.map((c) => ({ ...c, addedAt: c.contribution.addedAt })),
				totals.get(row.contingent.id) ?? 0,
				codes
			)
		);
	});
}

import { canPledgeIn, requireRead } from '../access/access';
import { releaseCodeMap } from '../access/releasability';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { toContingentView } from './contingent-view';
import { countAllContributions, findContingent, listContributionRows } from './repository';
import type { ContingentView } from './schemas';

/** A combined contingent with the contributions released to the caller and a count of the rest. */
export function getContingent(ctx: Ctx, networkSlug: string, id: string): Promise<ContingentView> {
	return getContingentWithAccess(ctx, networkSlug, id).then((found) => found.contingent);
}

/** The contingent and whether the caller's participant could attach pledges to it. */
export function getContingentWithAccess(
	ctx: Ctx,
	networkSlug: string,
	id: string
): Promise<{ contingent: ContingentView; canContribute: boolean }> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findContingent(tx, network.id, id);
		requireRead(ctx.actor, row?.contingent);
		const found = row!;
		const contributions = await listContributionRows(tx, [id]);
		const total = await countAllContributions(tx, id);
		const restricted = [
			...(found.contingent.level !== 'public' ? [id] : []),
			...contributions.filter((c) => c.pledge.level !== 'public').map((c) => c.pledge.id)
		];
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'read',
				entityType: 'combined_contingent',
				entityId: id,
				networkId: network.id,
				details: { pledges: contributions.map((c) => c.pledge.id) }
			});
		}
		const codes = await releaseCodeMap(tx, [found.contingent.releasedTo]);
		return {
			contingent: toContingentView(
				ctx.actor,
				network.slug,
				found,
				contributions.map((c) => ({ ...c, addedAt: c.contribution.addedAt })),
				total,
				codes
			),
			canContribute: canPledgeIn(ctx.actor, network.id)
		};
	});
}

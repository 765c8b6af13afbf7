import { canPublishCapabilityGap, canRead, canWrite } from '../access/access';
import { releaseCodeMap } from '../access/releasability';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { findTermOn } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { readinessRank } from '$lib/components/pledges/vocabulary';
import { releaseOf, todayUtc } from './pledge-view';
import { listGapRows, listPledgeFigures } from './repository';
import type { CapabilityGapView } from './schemas';

/**
 * The capability gaps released to the caller, each with the pledges released to the caller that
 * meet it: the same unit type at the level asked or above.
 */
export function listCapabilityGaps(
	ctx: Ctx,
	networkSlug: string
): Promise<{ items: (CapabilityGapView & { canDelete: boolean })[]; canPublish: boolean }> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const gaps = (await listGapRows(tx, network.id)).filter((r) => canRead(ctx.actor, r.gap));
		const pledges =
			gaps.length === 0
				? []
				: (await listPledgeFigures(tx, network.id)).filter((r) => canRead(ctx.actor, r.pledge));
		const term = await findTermOn(tx, network.id, todayUtc());
		const restricted = gaps.filter((r) => r.gap.level !== 'public').map((r) => r.gap.id);
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'capability_gap',
				networkId: network.id,
				details: { ids: restricted }
			});
		}
		const codes = await releaseCodeMap(
			tx,
			gaps.map((r) => r.gap.releasedTo)
		);
		return {
			canPublish: canPublishCapabilityGap(ctx.actor, network.id, term?.participant.id ?? null),
			items: gaps.map(({ gap, publisherCode }) => ({
				id: gap.id,
				publisher: publisherCode,
				unitType: gap.unitType,
				minimumLevel: gap.minimumLevel,
				quantity: gap.quantity,
				title: gap.title,
				description: gap.description,
				mission: gap.mission,
				releasability: releaseOf(gap, codes),
				matches: pledges
					.filter(
						({ pledge }) =>
							pledge.unitType === gap.unitType &&
							readinessRank(pledge.readinessLevel) >= readinessRank(gap.minimumLevel)
					)
					.map(({ pledge, ownerCode }) => ({
						pledgeId: pledge.id,
						participant: ownerCode,
						title: pledge.title,
						readinessLevel: pledge.readinessLevel,
						personnel: {
							female: pledge.female,
							male: pledge.male,
							total: pledge.female + pledge.male
						}
					})),
				createdAt: gap.createdAt.toISOString(),
				canDelete: canWrite(ctx.actor, gap)
			}))
		};
	});
}

import { canRead, canRegisterTrainingCentre } from '../access/access';
import { releaseCodeMap } from '../access/releasability';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { toCentreView } from './centre-view';
import { listCentreRows } from './repository';
import type { CentreView } from './schemas';

export interface CentreList {
	items: CentreView[];
	policies: {
		/** Whether the actor may register a centre (for its own participant, or any as administrator). */
		canCreate: boolean;
		/** Whether the actor chooses the owning participant (administrators). */
		choosesOwner: boolean;
	};
}

/** The training centres released to the actor. */
export function listTrainingCentres(ctx: Ctx, networkSlug: string): Promise<CentreList> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const rows = (await listCentreRows(tx, network.id)).filter((r) => canRead(ctx.actor, r.centre));
		const restricted = rows.filter((r) => r.centre.level !== 'public').map((r) => r.centre.id);
		if (restricted.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'training_centre',
				networkId: network.id,
				details: { ids: restricted }
			});
		}
		const codes = await releaseCodeMap(
			tx,
			rows.map((r) => r.centre.releasedTo)
		);
		const own = ctx.actor.participant;
		return {
			items: rows.map((r) => toCentreView(network.slug, r, codes)),
			policies: {
				canCreate:
					ctx.actor.isAdmin ||
					(own !== null && canRegisterTrainingCentre(ctx.actor, network.id, own.id)),
				choosesOwner: ctx.actor.isAdmin && ctx.actor.userId !== null
			}
		};
	});
}

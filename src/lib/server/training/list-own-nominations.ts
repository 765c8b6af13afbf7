import { canRead, requireSignedIn } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { listOwnNominationRows } from './repository';
import type { NominationView } from './schemas';
import { toNominationView } from './nomination-view';

export interface OwnNomination extends NominationView {
	course: {
		id: string;
		title: Record<string, string | undefined>;
		startsOn: string;
		endsOn: string;
	};
}

/** The actor's participant's nominations across courses, the latest course first. */
export function listOwnNominations(ctx: Ctx, networkSlug: string): Promise<OwnNomination[]> {
	requireSignedIn(ctx.actor);
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const own = ctx.actor.participant;
		if (!own || own.networkId !== network.id) return [];
		const rows = (await listOwnNominationRows(tx, network.id, own.id)).filter((r) =>
			canRead(ctx.actor, r.event)
		);
		if (rows.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'training_nomination',
				networkId: network.id,
				details: { ids: rows.map((r) => r.nomination.id) }
			});
		}
		return rows.map(({ nomination, event }) => ({
			...toNominationView({ nomination, participantCode: own.code }),
			course: { id: event.id, title: event.title, startsOn: event.startsOn, endsOn: event.endsOn }
		}));
	});
}

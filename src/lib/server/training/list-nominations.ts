import { canReadNomination } from '../access/access';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { loadCourseFacts } from './course-facts';
import { toNominationView } from './nomination-view';
import { listNominationRows } from './repository';
import type { NominationView } from './schemas';

/**
 * The nominations to a course the actor may see: the organiser sees every participant's, a
 * nominating participant only its own. Nobody else sees a nominee.
 */
export function listNominations(
	ctx: Ctx,
	networkSlug: string,
	eventId: string
): Promise<NominationView[]> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const facts = await loadCourseFacts(tx, ctx.actor, networkSlug, eventId);
		if (!ctx.actor.participant) return [];
		const rows = (await listNominationRows(tx, eventId)).filter((r) =>
			canReadNomination(ctx.actor, r.nomination, facts.event.ownerId)
		);
		if (rows.length > 0) {
			await recordRead(tx, ctx.actor, {
				action: 'list',
				entityType: 'training_nomination',
				networkId: facts.network.id,
				details: { eventId, ids: rows.map((r) => r.nomination.id) }
			});
		}
		return rows.map(toNominationView);
	});
}

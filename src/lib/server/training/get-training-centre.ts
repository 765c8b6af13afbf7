import { canRead, requireRead } from '../access/access';
import { releaseCodeMap } from '../access/releasability';
import { recordRead } from '../audit/read-audit';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { toCentreView } from './centre-view';
import { findCentre, listCentreCourseEvents } from './repository';
import type { CentreView } from './schemas';

export interface CentreCourse {
	id: string;
	title: Record<string, string | undefined>;
	startsOn: string;
	endsOn: string;
	cancelled: boolean;
}

/** One training centre, if released to the actor, with the courses at it that the actor sees. */
export function getTrainingCentre(
	ctx: Ctx,
	networkSlug: string,
	id: string
): Promise<{ centre: CentreView; courses: CentreCourse[] }> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findCentre(tx, network.id, id);
		requireRead(ctx.actor, row?.centre);
		const found = row!;
		if (found.centre.level !== 'public') {
			await recordRead(tx, ctx.actor, {
				action: 'read',
				entityType: 'training_centre',
				entityId: id,
				networkId: network.id
			});
		}
		const codes = await releaseCodeMap(tx, [found.centre.releasedTo]);
		const courses = (await listCentreCourseEvents(tx, id))
			.filter((c) => canRead(ctx.actor, c.event))
			.map(({ event: e }) => ({
				id: e.id,
				title: e.title,
				startsOn: e.startsOn,
				endsOn: e.endsOn,
				cancelled: e.cancelled
			}));
		return { centre: toCentreView(network.slug, found, codes), courses };
	});
}

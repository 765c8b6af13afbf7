import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { requireNetwork } from '../registry/require-network';
import { findParticipantById } from '../registry/repository';
import { listEventsIn } from './list-events';
import { findCalendar } from './repository';
import type { CalendarView, ListEventsQuery } from './schemas';

/**
 * The annual calendar of year N: the events starting that year that the actor may see, and its
 * status. A year nobody has approved yet is a draft. A page that shows another span (a month)
 * asks for the status alone, so it neither reads nor audits a whole year of events.
 */
export function getCalendar(
	ctx: Ctx,
	networkSlug: string,
	year: number,
	filters: Omit<ListEventsQuery, 'year' | 'limit' | 'offset'> = {},
	options: { events?: boolean } = {}
): Promise<CalendarView> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const calendar = await findCalendar(tx, network.id, year);
		const list =
			options.events === false
				? { items: [] }
				: await listEventsIn(tx, ctx.actor, network, {
						...filters,
						year,
						limit: 1000,
						offset: 0
					});
		const approver = calendar?.approvedByParticipant
			? (await findParticipantById(tx, calendar.approvedByParticipant))?.code
			: undefined;
		return {
			network: network.slug,
			year,
			status: calendar?.status ?? 'draft',
			approvedAt: calendar?.approvedAt?.toISOString() ?? null,
			approvedBy: approver ?? null,
			approvedVia: calendar?.approvedVia ?? null,
			events: list.items
		};
	});
}

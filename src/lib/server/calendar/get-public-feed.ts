import { pickLocalized } from '$lib/i18n/localized';
import { anonymousActor } from '../access/actor';
import type { Database } from '../db/client';
import { withActor } from '../db/with-actor';
import { listParticipantRows } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { buildIcs } from './ics';
import { listEventsIn } from './list-events';
import type { FeedFilters } from './schemas';

/**
 * The network's public events as iCalendar. Read as the anonymous visitor whoever asks, so a
 * signed-in browser never leaks restricted events into a shared subscription.
 */
export function getPublicFeed(
	db: Database,
	networkSlug: string,
	locale: string,
	origin: string,
	filters: FeedFilters = {}
): Promise<string> {
	return withActor(db, anonymousActor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const list = await listEventsIn(
			tx,
			anonymousActor,
			network,
			{ ...filters, limit: 1000, offset: 0 },
			{ publicOnly: true }
		);
		const participants = await listParticipantRows(tx, network.id);
		return buildIcs(list.items, {
			name: `${network.acronym} · ${pickLocalized(network.name, locale)}`,
			locale,
			eventUrl: (e) => `${origin}/networks/${network.slug}/calendar/${e.id}`,
			organiserNames: new Map(participants.map((p) => [p.code, pickLocalized(p.name, locale)]))
		});
	});
}

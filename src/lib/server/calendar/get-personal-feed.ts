import { pickLocalized } from '$lib/i18n/localized';
import type { Database } from '../db/client';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { findNetworkById, listParticipantRows } from '../registry/repository';
import { buildIcs } from './ics';
import { listEventsIn } from './list-events';
import type { FeedFilters } from './schemas';
import { unsafeFeedReader } from './feed-reader';

/**
 * Everything on the calendar of the token owner's network that is released to that user, as
 * iCalendar. The token stands for the user, like a password: an unknown or revoked one is a 404.
 * Unsafe in that the token is the only credential; it is 256 random bits and only its hash is kept.
 */
export async function getPersonalFeed(
	db: Database,
	token: string,
	locale: string,
	origin: string,
	filters: FeedFilters = {}
): Promise<string> {
	const actor = await unsafeFeedReader(db, token);
	const networkId = actor.participant!.networkId;
	return withActor(db, actor, async (tx) => {
		const network = await findNetworkById(tx, networkId);
		if (!network) throw new NotFoundError();
		const list = await listEventsIn(
			tx,
			actor,
			network,
			{ ...filters, limit: 1000, offset: 0 },
			{ purpose: 'personal_feed' }
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

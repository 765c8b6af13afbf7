import { pickLocalized } from '$lib/i18n/localized';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { listConferenceRows } from './repository';
import { requireNetwork } from './require-network';
import type { ConferenceView } from './schemas';

export function listConferences(
	ctx: Ctx,
	networkSlug: string,
	locale: string
): Promise<ConferenceView[]> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const rows = await listConferenceRows(tx, network.id);
		return rows.map((c) => ({
			edition: c.edition,
			name: pickLocalized(c.name, locale),
			city: c.city,
			countryCode: c.countryCode,
			year: c.year,
			startsOn: c.startsOn,
			endsOn: c.endsOn
		}));
	});
}

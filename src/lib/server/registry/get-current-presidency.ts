import { pickLocalized } from '$lib/i18n/localized';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { findTermOn } from './repository';
import { requireNetwork } from './require-network';
import type { PresidencyView } from './schemas';

/** Derived from the terms on the given day; no participant carries a "current" flag. */
export function getCurrentPresidency(
	ctx: Ctx,
	networkSlug: string,
	locale: string,
	today = new Date().toISOString().slice(0, 10)
): Promise<PresidencyView | null> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const row = await findTermOn(tx, network.id, today);
		if (!row) return null;
		return {
			participantCode: row.participant.code,
			participantName: pickLocalized(row.participant.name, locale),
			startsOn: row.term.startsOn,
			endsOn: row.term.endsOn,
			conference: row.conference
				? {
						edition: row.conference.edition,
						name: pickLocalized(row.conference.name, locale),
						year: row.conference.year
					}
				: null
		};
	});
}

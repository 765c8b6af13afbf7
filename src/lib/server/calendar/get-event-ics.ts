import { pickLocalized } from '$lib/i18n/localized';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { listParticipantRows } from '../registry/repository';
import { requireNetwork } from '../registry/require-network';
import { getEvent } from './get-event';
import { buildIcs } from './ics';

/** One event as an .ics file, for "add to my calendar". */
export async function getEventIcs(
	ctx: Ctx,
	networkSlug: string,
	id: string,
	locale: string,
	origin: string
): Promise<{ ics: string; public: boolean }> {
	const { event } = await getEvent(ctx, networkSlug, id);
	const names = await withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const participants = await listParticipantRows(tx, network.id);
		return new Map(participants.map((p) => [p.code, pickLocalized(p.name, locale)]));
	});
	const ics = buildIcs([event], {
		name: pickLocalized(event.title, locale),
		locale,
		eventUrl: (e) => `${origin}/networks/${networkSlug}/calendar/${e.id}`,
		organiserNames: names
	});
	return { ics, public: event.releasability.level === 'public' };
}

import { pickLocalized } from '$lib/i18n/localized';
import type { Ctx } from '../context';
import { withActor } from '../db/with-actor';
import { listConferenceRows, listParticipantRows, listTermRows } from './repository';
import { requireNetwork } from './require-network';
import type { NetworkRegistryView } from './schemas';
import { statuteOf } from './statute-view';

/** A network with its participants, conferences and Presidency terms; the registry is public. */
export function getNetworkRegistry(
	ctx: Ctx,
	networkSlug: string,
	locale: string
): Promise<NetworkRegistryView> {
	return withActor(ctx.db, ctx.actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		const participants = await listParticipantRows(tx, network.id);
		const conferences = await listConferenceRows(tx, network.id);
		const terms = await listTermRows(tx, network.id);
		const statute = await statuteOf(tx, network, locale);
		return {
			network: {
				slug: network.slug,
				acronym: network.acronym,
				name: network.name,
				description: network.description,
				region: network.region,
				defaultLanguage: network.defaultLanguage,
				timeZone: network.timeZone
			},
			participants: participants.map((p) => ({
				code: p.code,
				kind: p.kind,
				status: p.status,
				name: pickLocalized(p.name, locale),
				names: p.name,
				ministry: pickLocalized(p.ministry, locale) || null,
				countryCode: p.countryCode
			})),
			conferences: conferences.map((c) => ({
				edition: c.edition,
				name: pickLocalized(c.name, locale),
				city: c.city,
				countryCode: c.countryCode,
				year: c.year,
				startsOn: c.startsOn,
				endsOn: c.endsOn
			})),
			terms: terms.map((t) => ({
				participantCode: t.participant.code,
				participantName: pickLocalized(t.participant.name, locale),
				conference: t.conference?.edition ?? null,
				startsOn: t.term.startsOn,
				endsOn: t.term.endsOn
			})),
			statute
		};
	});
}

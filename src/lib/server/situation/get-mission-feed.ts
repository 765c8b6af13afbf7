import { pickLocalized } from '$lib/i18n/localized';
import { translate, type Locale } from '$lib/i18n/translate';
import { anonymousActor, type Actor } from '../access/actor';
import { unsafeFeedReader } from '../calendar/feed-reader';
import type { Database } from '../db/client';
import { withActor } from '../db/with-actor';
import { NotFoundError } from '../errors';
import { requireNetwork } from '../registry/require-network';
import { countryName } from '../statistics/country-names';
import { formatWithZone } from '../time/form-zone';
import { buildAtom } from './atom';
import { listNotesIn } from './list-situation-notes';
import { findMission } from './repository';

/**
 * The reader a feed address stands for: nobody without a token, so only public notes go out;
 * with one, the user whose private feed key it is (the same key as their private calendar feed,
 * made and revoked on the account's feed page). An unknown or revoked key is a 404.
 */
async function feedReader(db: Database, token: string | null): Promise<Actor> {
	return token === null ? anonymousActor : unsafeFeedReader(db, token);
}

/** The latest notes on a mission as Atom: public ones without a token, the reader's with one. */
export async function getMissionFeed(
	db: Database,
	networkSlug: string,
	rawAcronym: string,
	token: string | null,
	locale: Locale,
	origin: string
): Promise<string> {
	const actor = await feedReader(db, token);
	return withActor(db, actor, async (tx) => {
		const network = await requireNetwork(tx, networkSlug);
		// A private key opens its own network's feeds only.
		if (actor.participant && actor.participant.networkId !== network.id) throw new NotFoundError();
		const mission = await findMission(tx, rawAcronym.trim().toUpperCase());
		if (!mission) throw new NotFoundError();
		const list = await listNotesIn(
			tx,
			actor,
			network,
			{ mission: mission.acronym, limit: 50, offset: 0 },
			{},
			'feed'
		);
		const base = `${origin}/networks/${network.slug}`;
		const self = `${base}/missions/${encodeURIComponent(mission.acronym)}/notes.atom`;
		const entries = list.items.map((note) => {
			const observed = formatWithZone(new Date(note.observedAt), note.timeZone, locale);
			const where = [note.place.name, countryName(note.country, locale)].filter(Boolean).join(', ');
			const status = note.closed ? translate('sit_closed', {}, locale) : '';
			return {
				id: `urn:uuid:${note.id}`,
				title: `${translate(`sit_severity_${note.severity}`, {}, locale)}: ${pickLocalized(note.title, locale)}`,
				link: `${base}/situation-notes/${note.id}`,
				published: new Date(note.createdAt),
				updated: new Date(note.updatedAt),
				author: note.ownerCode,
				categories: [note.severity, note.category],
				content: [
					translate('sit_feed_where', { where, observed }, locale),
					status,
					'',
					pickLocalized(note.body, locale)
				]
					.filter((line, i) => i !== 1 || line)
					.join('\n')
			};
		});
		const updated = entries.reduce(
			(latest, e) => (e.updated > latest ? e.updated : latest),
			new Date(0)
		);
		return buildAtom({
			id: self,
			title: translate(
				'sit_feed_title',
				{ mission: mission.acronym, network: network.acronym },
				locale
			),
			self,
			alternate: `${base}/missions/${encodeURIComponent(mission.acronym)}`,
			language: locale,
			updated,
			entries
		});
	});
}

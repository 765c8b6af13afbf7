import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { conferences, events, networks, participants } from '../db/schema';
import { unsafeWithSystem } from '../db/with-actor';
import { nameBasedUuid } from '../registry/seed-network';
import { seedConferences, seedNetwork } from '../registry/seed-data';
import { eventUid } from './event-row';

/** Fixed namespace for seeded event ids; changing it would make re-seeding duplicate them. */
const CALENDAR_SEED_NAMESPACE = '8b1e6d0a-52c4-4f7e-a0d9-3c7f1e2b9a64';

/** The conferences of the declarations, on the calendar in their host cities' time zones. */
export const seedConferenceEvents = [
	{ edition: 1, timeZone: 'America/Lima', workingLanguages: ['es', 'en'] },
	{ edition: 2, timeZone: 'America/Argentina/Buenos_Aires', workingLanguages: ['es', 'en'] }
] as const;

export function seedEventId(networkSlug: string, edition: number): string {
	return nameBasedUuid(CALENDAR_SEED_NAMESPACE, `${networkSlug}/conference-event/${edition}`);
}

/**
 * Adds the seeded conference events that are missing; existing ones are left as they are, so
 * edits made in the application survive a restart.
 */
export async function unsafeSeedCalendar(db: Database): Promise<void> {
	// Unsafe: owner rights, no RLS, as startup has no acting user.
	await unsafeWithSystem(db, async (tx) => {
		const [network] = await tx
			.select()
			.from(networks)
			.where(eq(networks.slug, seedNetwork.slug))
			.limit(1);
		if (!network) return;
		for (const seed of seedConferenceEvents) {
			const source = seedConferences.find((c) => c.edition === seed.edition);
			const [conference] = await tx
				.select()
				.from(conferences)
				.where(and(eq(conferences.networkId, network.id), eq(conferences.edition, seed.edition)))
				.limit(1);
			if (!source || !conference?.startsOn || !conference.endsOn) continue;
			const [host] = await tx
				.select({ id: participants.id })
				.from(participants)
				.where(
					and(eq(participants.networkId, network.id), eq(participants.code, source.countryCode))
				)
				.limit(1);
			if (!host) continue;
			const id = seedEventId(network.slug, seed.edition);
			await tx
				.insert(events)
				.values({
					id,
					networkId: network.id,
					ownerId: conference.hostParticipantId ?? host.id,
					level: 'public',
					uid: eventUid(id, network.slug),
					externalId: `conference-${seed.edition}`,
					title: conference.name,
					description: {},
					kind: 'conference',
					countryCode: conference.countryCode,
					city: conference.city ?? source.city ?? '',
					timeZone: seed.timeZone,
					allDay: true,
					startsOn: conference.startsOn,
					endsOn: conference.endsOn,
					workingLanguages: [...seed.workingLanguages],
					conferenceId: conference.id
				})
				.onConflictDoNothing();
		}
	});
}

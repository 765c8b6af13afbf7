import { eq } from 'drizzle-orm';
import type { Actor } from '../../src/lib/server/access/actor';
import type { Database } from '../../src/lib/server/db/client';
import { annualCalendars, eventDelegations, networks } from '../../src/lib/server/db/schema';
import { createFeedToken } from '../../src/lib/server/calendar/feed-tokens';
import { seedEventId, unsafeSeedCalendar } from '../../src/lib/server/calendar/seed-calendar';

/** A row in every calendar table of the seeded network, for tests that need all tables filled. */
export async function fillCalendarTables(db: Database, actor: Actor): Promise<void> {
	await unsafeSeedCalendar(db);
	const [network] = await db.select().from(networks).where(eq(networks.slug, 'relacopaz'));
	const eventId = seedEventId('relacopaz', 1);
	await db.insert(eventDelegations).values({
		networkId: network!.id,
		ownerId: actor.participant!.id,
		level: 'members',
		eventId,
		members: [{ name: 'Delegada', role: 'Jefa de delegación' }],
		women: 1,
		size: 1
	});
	await db
		.insert(annualCalendars)
		.values({ networkId: network!.id, year: 2022, status: 'approved', approvedVia: 'presidency' })
		.onConflictDoNothing();
	await createFeedToken({ db, actor });
}

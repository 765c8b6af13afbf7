import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { eventDelegations } from '../../src/lib/server/db/schema';
import type { Ctx } from '../../src/lib/server/context';
import { createEvent } from '../../src/lib/server/calendar/create-event';
import { registerDelegation } from '../../src/lib/server/calendar/register-delegation';
import { withdrawDelegation } from '../../src/lib/server/calendar/withdraw-delegation';
import type { RegisterDelegationInput } from '../../src/lib/server/calendar/schemas';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';
import { statusOf } from './support/people';

function delegation(size: number): RegisterDelegationInput {
	return {
		members: Array.from({ length: size }, (_, i) => ({ name: `Person ${i}`, role: 'Delegate' })),
		women: Math.ceil(size / 2),
		men: Math.floor(size / 2),
		otherGender: 0,
		releasability: { level: 'members' }
	};
}

describe(`delegation capacity and deadline on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let organiser: Ctx;
	let members: Ctx[];

	beforeAll(async () => {
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
		const a = await network.newParticipant('member');
		organiser = (await network.newUser(a, { role: 'focal_point' })).ctx;
		members = [];
		for (let i = 0; i < 4; i++) {
			members.push((await network.newUser(await network.newParticipant('member'))).ctx);
		}
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function makeEvent(options: { capacity?: number; deadline?: string; end?: string }) {
		const { id } = await createEvent(organiser, network.slug, {
			title: { es: 'Ejercicio' },
			description: {},
			kind: 'exercise',
			countryCode: 'URY',
			city: 'Montevideo',
			timeZone: 'America/Montevideo',
			allDay: true,
			start: '2031-03-02',
			end: options.end ?? '2031-03-06',
			workingLanguages: ['es', 'pt'],
			releasability: { level: 'members' },
			capacity: options.capacity ?? null,
			registrationDeadline: options.deadline ?? null
		});
		return id;
	}

	it('fills an event up to its capacity and refuses the delegation that would overflow it', async () => {
		const id = await makeEvent({ capacity: 5 });
		await registerDelegation(members[0]!, network.slug, id, delegation(3));
		expect(await statusOf(registerDelegation(members[1]!, network.slug, id, delegation(3)))).toBe(
			409
		);
		await registerDelegation(members[1]!, network.slug, id, delegation(2));
		// Replacing one's own delegation counts its old seats as free.
		await registerDelegation(members[0]!, network.slug, id, delegation(3));
		expect(await statusOf(registerDelegation(members[0]!, network.slug, id, delegation(4)))).toBe(
			409
		);
		await withdrawDelegation(members[1]!, network.slug, id);
		await registerDelegation(members[2]!, network.slug, id, delegation(2));
		const rows = await handle.db
			.select()
			.from(eventDelegations)
			.where(eq(eventDelegations.eventId, id));
		expect(rows.reduce((sum, r) => sum + r.size, 0)).toBe(5);
	});

	it('never lets simultaneous registrations exceed the capacity', async () => {
		const id = await makeEvent({ capacity: 4 });
		const results = await Promise.all(
			members.map((m) => statusOf(registerDelegation(m, network.slug, id, delegation(2))))
		);
		expect(results.filter((s) => s === 200).length).toBe(2);
		expect(results.filter((s) => s === 409).length).toBe(2);
		const rows = await handle.db
			.select()
			.from(eventDelegations)
			.where(eq(eventDelegations.eventId, id));
		expect(rows.reduce((sum, r) => sum + r.size, 0)).toBe(4);
	});

	it('accepts registrations until the deadline day ends in the event’s zone, then refuses them', async () => {
		const id = await makeEvent({ deadline: '2031-02-20' });
		// 23:30 on the deadline day in Montevideo (UTC-3) is already the next day in UTC.
		const lastMinute = new Date('2031-02-21T02:30:00Z');
		const tooLate = new Date('2031-02-21T03:30:00Z');
		expect(
			await statusOf(registerDelegation(members[0]!, network.slug, id, delegation(1), lastMinute))
		).toBe(200);
		expect(
			await statusOf(registerDelegation(members[1]!, network.slug, id, delegation(1), tooLate))
		).toBe(409);
	});

	it('refuses registrations for a cancelled or finished event', async () => {
		const cancelled = await makeEvent({});
		const { updateEvent } = await import('../../src/lib/server/calendar/update-event');
		await updateEvent(organiser, network.slug, cancelled, { cancelled: true });
		expect(
			await statusOf(registerDelegation(members[0]!, network.slug, cancelled, delegation(1)))
		).toBe(409);
		const finished = await makeEvent({});
		expect(
			await statusOf(
				registerDelegation(
					members[0]!,
					network.slug,
					finished,
					delegation(1),
					new Date('2031-03-07T12:00:00Z')
				)
			)
		).toBe(409);
	});

	it('withdrawing a delegation that does not exist is a 404', async () => {
		const id = await makeEvent({});
		expect(await statusOf(withdrawDelegation(members[3]!, network.slug, id))).toBe(404);
	});
});

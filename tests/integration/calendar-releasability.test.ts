import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { eventDelegations, events, presidencyTerms } from '../../src/lib/server/db/schema';
import { withActor } from '../../src/lib/server/db/with-actor';
import type { Ctx } from '../../src/lib/server/context';
import type { ReleasabilityLevel } from '../../src/lib/releasability/levels';
import { createEvent } from '../../src/lib/server/calendar/create-event';
import { getEvent } from '../../src/lib/server/calendar/get-event';
import { listEvents } from '../../src/lib/server/calendar/list-events';
import { updateEvent } from '../../src/lib/server/calendar/update-event';
import { deleteEvent } from '../../src/lib/server/calendar/delete-event';
import { registerDelegation } from '../../src/lib/server/calendar/register-delegation';
import { listDelegations } from '../../src/lib/server/calendar/list-delegations';
import { approveCalendar } from '../../src/lib/server/calendar/approve-calendar';
import { getCalendar } from '../../src/lib/server/calendar/get-calendar';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';
import { statusOf } from './support/people';

const levels: ReleasabilityLevel[] = [
	'owner',
	'named',
	'members',
	'members_and_observers',
	'network',
	'public'
];

type EventRole =
	| 'anonymous'
	| 'organiserEditor'
	| 'organiserViewer'
	| 'presidency'
	| 'memberB'
	| 'namedMember'
	| 'observer'
	| 'partner'
	| 'administrator'
	| 'otherNetworkMember';

const eventRoles: EventRole[] = [
	'anonymous',
	'organiserEditor',
	'organiserViewer',
	'presidency',
	'memberB',
	'namedMember',
	'observer',
	'partner',
	'administrator',
	'otherNetworkMember'
];

/** Who reads an event of each level organised by member A and, for `named`, released to C. */
const eventReaders: Record<ReleasabilityLevel, EventRole[]> = {
	owner: ['organiserEditor', 'organiserViewer'],
	named: ['organiserEditor', 'organiserViewer', 'namedMember'],
	members: ['organiserEditor', 'organiserViewer', 'presidency', 'memberB', 'namedMember'],
	members_and_observers: [
		'organiserEditor',
		'organiserViewer',
		'presidency',
		'memberB',
		'namedMember',
		'observer'
	],
	network: [
		'organiserEditor',
		'organiserViewer',
		'presidency',
		'memberB',
		'namedMember',
		'observer',
		'partner'
	],
	public: eventRoles
};

/** The organiser's editors and the Presidency edit what they see; administrators, public events. */
function eventWriters(level: ReleasabilityLevel): EventRole[] {
	const writers: EventRole[] = ['organiserEditor'];
	if (eventReaders[level].includes('presidency')) writers.push('presidency');
	if (level === 'public') writers.push('administrator');
	return writers;
}

function expectedWrite(level: ReleasabilityLevel, role: EventRole): number {
	if (eventWriters(level).includes(role)) return 200;
	if (!eventReaders[level].includes(role)) return 404;
	return role === 'anonymous' ? 401 : 403;
}

describe(`calendar releasability on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let ctx: Record<EventRole, Ctx>;
	let namedCode: string;
	let organiserCode: string;

	beforeAll(async () => {
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
		const other = await newTestNetwork(handle.db);
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const c = await network.newParticipant('member');
		const p = await network.newParticipant('member');
		const obs = await network.newParticipant('observer');
		const partner = await network.newParticipant('partner');
		const elsewhere = await other.newParticipant('member');
		await handle.db
			.insert(presidencyTerms)
			.values({ networkId: network.id, participantId: p.id, startsOn: '2000-01-01' });
		namedCode = c.code;
		organiserCode = a.code;
		ctx = {
			anonymous: network.anonymous,
			organiserEditor: (await network.newUser(a, { role: 'editor' })).ctx,
			organiserViewer: (await network.newUser(a, { role: 'viewer' })).ctx,
			presidency: (await network.newUser(p, { role: 'focal_point' })).ctx,
			memberB: (await network.newUser(b, { role: 'focal_point' })).ctx,
			namedMember: (await network.newUser(c, { role: 'focal_point' })).ctx,
			observer: (await network.newUser(obs, { role: 'focal_point' })).ctx,
			partner: (await network.newUser(partner, { role: 'focal_point' })).ctx,
			administrator: (await network.newUser(null, { admin: true })).ctx,
			otherNetworkMember: (await other.newUser(elsewhere, { role: 'focal_point' })).ctx
		};
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function makeEvent(level: ReleasabilityLevel, by: Ctx = ctx.organiserEditor) {
		const { id } = await createEvent(by, network.slug, {
			title: { es: `Curso ${level}`, en: `Course ${level}` },
			description: {},
			kind: 'training_course',
			organiserCode,
			countryCode: 'PRY',
			city: 'Asunción',
			timeZone: 'America/Asuncion',
			allDay: false,
			start: '2031-05-12T09:00',
			end: '2031-05-16T17:00',
			workingLanguages: ['es'],
			releasability: { level, participants: level === 'named' ? [namedCode] : undefined }
		});
		return id;
	}

	describe.each(levels)('event at level %s', (level) => {
		let id: string;
		beforeAll(async () => {
			id = await makeEvent(level);
		});

		it.each(eventRoles)('read and list by %s', async (role) => {
			const reads = eventReaders[level].includes(role);
			expect(await statusOf(getEvent(ctx[role], network.slug, id))).toBe(reads ? 200 : 404);
			const list = await listEvents(ctx[role], network.slug, { limit: 1000, offset: 0 });
			expect(list.items.some((e) => e.id === id)).toBe(reads);
		});

		it.each(eventRoles)('update and delete by %s', async (role) => {
			const target = await makeEvent(level);
			const expected = expectedWrite(level, role);
			expect(
				await statusOf(updateEvent(ctx[role], network.slug, target, { city: `By ${role}` }))
			).toBe(expected);
			const [row] = await handle.db.select().from(events).where(eq(events.id, target));
			expect(row!.city).toBe(expected === 200 ? `By ${role}` : 'Asunción');
			expect(row!.sequence).toBe(expected === 200 ? 1 : 0);
			expect(await statusOf(deleteEvent(ctx[role], network.slug, target))).toBe(expected);
		});

		// A query that forgets the code check must still be stopped by the database.
		it.each(eventRoles)('raw query without the code check, as %s', async (role) => {
			const rows = await withActor(handle.db, ctx[role].actor, (tx) =>
				tx.select({ id: events.id }).from(events).where(eq(events.id, id))
			);
			expect(rows.length).toBe(eventReaders[level].includes(role) ? 1 : 0);
			const changed = await withActor(handle.db, ctx[role].actor, (tx) =>
				tx.update(events).set({ city: 'raw' }).where(eq(events.id, id)).returning({ id: events.id })
			);
			expect(changed.length).toBe(eventWriters(level).includes(role) ? 1 : 0);
		});
	});

	it('lets the Presidency file an event for another organiser, but not a plain member', async () => {
		const id = await makeEvent('members', ctx.presidency);
		expect((await getEvent(ctx.organiserEditor, network.slug, id)).canEdit).toBe(true);
		expect((await getEvent(ctx.presidency, network.slug, id)).canEdit).toBe(true);
		expect((await getEvent(ctx.memberB, network.slug, id)).canEdit).toBe(false);
		expect(await statusOf(makeEvent('members', ctx.memberB))).toBe(403);
	});

	it('refuses at the database a raw insert by a member for another organiser', async () => {
		const organiserId = ctx.organiserEditor.actor.participant!.id;
		await expect(
			withActor(handle.db, ctx.memberB.actor, (tx) =>
				tx.insert(events).values({
					networkId: network.id,
					ownerId: organiserId,
					level: 'public',
					uid: `forged-${Math.random()}`,
					title: { es: 'forged' },
					kind: 'other',
					countryCode: 'PRY',
					city: 'x',
					timeZone: 'UTC',
					allDay: true,
					startsOn: '2031-01-01',
					endsOn: '2031-01-01',
					workingLanguages: ['es']
				})
			)
		).rejects.toThrow();
	});

	it('keeps a cancelled event on the calendar, marked cancelled, with a higher sequence', async () => {
		const id = await makeEvent('public');
		await updateEvent(ctx.presidency, network.slug, id, { cancelled: true });
		const seen = await getEvent(ctx.anonymous, network.slug, id);
		expect(seen.event.cancelled).toBe(true);
		expect(seen.event.sequence).toBe(1);
		const before = seen.event.uid;
		await updateEvent(ctx.organiserEditor, network.slug, id, { title: { es: 'Otro título' } });
		const after = await getEvent(ctx.anonymous, network.slug, id);
		expect(after.event.uid).toBe(before);
		expect(after.event.sequence).toBe(2);
		expect(after.event.title).toEqual({ es: 'Otro título' });
	});

	it('lets only the Presidency approve the annual calendar', async () => {
		for (const role of ['organiserEditor', 'memberB', 'administrator'] as const) {
			expect(await statusOf(approveCalendar(ctx[role], network.slug, 2031))).toBe(403);
		}
		expect(await statusOf(approveCalendar(ctx.anonymous, network.slug, 2031))).toBe(401);
		expect((await getCalendar(ctx.anonymous, network.slug, 2031)).status).toBe('draft');
		await approveCalendar(ctx.presidency, network.slug, 2031);
		const calendar = await getCalendar(ctx.memberB, network.slug, 2031);
		expect(calendar.status).toBe('approved');
		expect(calendar.approvedBy).toBe(ctx.presidency.actor.participant!.code);
		expect(calendar.approvedVia).toBe('presidency');
		expect(calendar.events.length).toBeGreaterThan(0);
	});

	describe('delegations', () => {
		type DelegationRole =
			| 'anonymous'
			| 'ownerEditor'
			| 'ownerViewer'
			| 'organiserViewer'
			| 'presidency'
			| 'namedMember'
			| 'observer'
			| 'administrator';
		const roles: DelegationRole[] = [
			'anonymous',
			'ownerEditor',
			'ownerViewer',
			'organiserViewer',
			'presidency',
			'namedMember',
			'observer',
			'administrator'
		];
		/** Member B registers; `named` releases it to the organiser only. */
		const readers: Record<ReleasabilityLevel, DelegationRole[]> = {
			owner: ['ownerEditor', 'ownerViewer'],
			named: ['ownerEditor', 'ownerViewer', 'organiserViewer'],
			members: ['ownerEditor', 'ownerViewer', 'organiserViewer', 'presidency'],
			members_and_observers: ['ownerEditor', 'ownerViewer', 'organiserViewer', 'presidency'],
			network: ['ownerEditor', 'ownerViewer', 'organiserViewer', 'presidency'],
			public: ['ownerEditor', 'ownerViewer', 'organiserViewer', 'presidency']
		};
		let dctx: Record<DelegationRole, Ctx>;

		beforeAll(async () => {
			const b = ctx.memberB.actor.participant!;
			dctx = {
				anonymous: ctx.anonymous,
				ownerEditor: ctx.memberB,
				ownerViewer: (await network.newUser({ ...b, status: 'member' }, { role: 'viewer' })).ctx,
				organiserViewer: ctx.organiserViewer,
				presidency: ctx.presidency,
				namedMember: ctx.namedMember,
				observer: ctx.observer,
				administrator: ctx.administrator
			};
		});

		describe.each(levels)('delegation at level %s', (level) => {
			let eventId: string;
			let delegationId: string;
			beforeAll(async () => {
				eventId = await makeEvent('public');
				({ id: delegationId } = await registerDelegation(ctx.memberB, network.slug, eventId, {
					members: [
						{ name: 'Ana Pérez', role: 'Jefa de delegación' },
						{ name: 'Luis Gómez', role: 'Asesor' }
					],
					women: 1,
					men: 1,
					otherGender: 0,
					releasability: {
						level,
						participants: level === 'named' ? [organiserCode] : undefined
					}
				}));
			});

			it.each(roles)('seen by %s', async (role) => {
				const seen = readers[level].includes(role);
				const list = await listDelegations(dctx[role], network.slug, eventId);
				expect(list.some((d) => d.id === delegationId)).toBe(seen);
				const raw = await withActor(handle.db, dctx[role].actor, (tx) =>
					tx
						.select({ id: eventDelegations.id })
						.from(eventDelegations)
						.where(eq(eventDelegations.id, delegationId))
				);
				expect(raw.length).toBe(seen ? 1 : 0);
			});

			it.each(roles)('not changed by %s unless owner editor', async (role) => {
				const changed = await withActor(handle.db, dctx[role].actor, (tx) =>
					tx
						.update(eventDelegations)
						.set({ members: [] })
						.where(eq(eventDelegations.id, delegationId))
						.returning({ id: eventDelegations.id })
				);
				expect(changed.length).toBe(role === 'ownerEditor' ? 1 : 0);
				if (changed.length > 0) {
					await withActor(handle.db, dctx[role].actor, (tx) =>
						tx
							.update(eventDelegations)
							.set({ members: [{ name: 'Ana Pérez', role: 'Jefa de delegación' }] })
							.where(eq(eventDelegations.id, delegationId))
					);
				}
			});
		});

		it('refuses a delegation for an event the registrant cannot see, as missing', async () => {
			const hidden = await makeEvent('owner');
			expect(
				await statusOf(
					registerDelegation(ctx.memberB, network.slug, hidden, {
						members: [{ name: 'X', role: 'Y' }],
						women: 1,
						men: 0,
						otherGender: 0,
						releasability: { level: 'members' }
					})
				)
			).toBe(404);
		});

		it('refuses a delegation from a viewer of the participant', async () => {
			const eventId = await makeEvent('public');
			expect(
				await statusOf(
					registerDelegation(dctx.ownerViewer, network.slug, eventId, {
						members: [{ name: 'X', role: 'Y' }],
						women: 1,
						men: 0,
						otherGender: 0,
						releasability: { level: 'members' }
					})
				)
			).toBe(403);
		});
	});
});

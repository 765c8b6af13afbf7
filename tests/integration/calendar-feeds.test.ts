import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { events, presidencyTerms } from '../../src/lib/server/db/schema';
import type { Ctx } from '../../src/lib/server/context';
import { createEvent } from '../../src/lib/server/calendar/create-event';
import { updateEvent } from '../../src/lib/server/calendar/update-event';
import { getPublicFeed } from '../../src/lib/server/calendar/get-public-feed';
import { getPersonalFeed } from '../../src/lib/server/calendar/get-personal-feed';
import { getEventIcs } from '../../src/lib/server/calendar/get-event-ics';
import {
	createFeedToken,
	getFeedTokenStatus,
	revokeFeedToken
} from '../../src/lib/server/calendar/feed-tokens';
import type { CreateEventInput } from '../../src/lib/server/calendar/schemas';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';
import { statusOf } from './support/people';

const origin = 'https://calendar.example.test';
const longDescription =
	'Curso regional; incluye: protección de civiles, género y liderazgo.\nSegunda línea con acentos: ñandutí, Asunción — y una frase larga para que la línea tenga que plegarse en varias.';

/** Parses a feed with ical.js, registering its VTIMEZONE blocks so times convert by them alone. */
function parseFeed(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	ICAL.TimezoneService.reset();
	for (const zone of calendar.getAllSubcomponents('vtimezone')) {
		ICAL.TimezoneService.register(zone);
	}
	const byUid = new Map(
		calendar.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), v])
	);
	return { calendar, byUid };
}

function expectFolded(ics: string) {
	expect(ics).toContain('\r\n');
	for (const line of ics.split('\r\n')) {
		expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
	}
}

describe(`iCalendar feeds on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let organiser: Ctx;
	let member: Ctx;
	let observer: Ctx;
	const ids: Record<'asuncion' | 'lima' | 'cancelled' | 'members', string> = {
		asuncion: '',
		lima: '',
		cancelled: '',
		members: ''
	};

	beforeAll(async () => {
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
		const pry = await network.newParticipant('member', 'PRY');
		const per = await network.newParticipant('member', 'PER');
		const esp = await network.newParticipant('observer', 'ESP');
		await handle.db
			.insert(presidencyTerms)
			.values({ networkId: network.id, participantId: pry.id, startsOn: '2000-01-01' });
		organiser = (await network.newUser(pry, { role: 'focal_point' })).ctx;
		member = (await network.newUser(per, { role: 'viewer' })).ctx;
		observer = (await network.newUser(esp, { role: 'focal_point' })).ctx;
		const base: Omit<CreateEventInput, 'start' | 'end' | 'allDay' | 'timeZone' | 'title'> = {
			description: {},
			kind: 'training_course',
			countryCode: 'PRY',
			city: 'Asunción',
			workingLanguages: ['es', 'en'],
			releasability: { level: 'public' }
		};
		ids.asuncion = (
			await createEvent(organiser, network.slug, {
				...base,
				title: { es: 'Curso, regional; de Asunción', en: 'Asunción regional course' },
				description: { es: longDescription },
				timeZone: 'America/Asuncion',
				allDay: false,
				// Paraguay moved its clocks forward at 00:00 on 1 October 2023 (UTC-4 to UTC-3).
				start: '2023-09-30T09:00',
				end: '2023-10-02T17:00'
			})
		).id;
		ids.lima = (
			await createEvent(organiser, network.slug, {
				...base,
				kind: 'conference',
				title: { es: 'I ALCONU' },
				countryCode: 'PER',
				city: 'Lima',
				organiserCode: 'PER',
				timeZone: 'America/Lima',
				allDay: true,
				start: '2022-09-06',
				end: '2022-09-07'
			})
		).id;
		ids.cancelled = (
			await createEvent(organiser, network.slug, {
				...base,
				title: { es: 'Seminario cancelado' },
				timeZone: 'America/Asuncion',
				allDay: false,
				start: '2031-04-01T10:00',
				end: '2031-04-01T12:00'
			})
		).id;
		await updateEvent(organiser, network.slug, ids.cancelled, { cancelled: true });
		ids.members = (
			await createEvent(organiser, network.slug, {
				...base,
				title: { es: 'Reunión solo para miembros' },
				timeZone: 'America/Asuncion',
				allDay: true,
				start: '2031-05-05',
				end: '2031-05-05',
				releasability: { level: 'members' }
			})
		).id;
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function uidOf(id: string) {
		const [row] = await handle.db.select().from(events).where(eq(events.id, id));
		return row!;
	}

	it('stores the Asunción event as the right UTC instants across the clock change', async () => {
		const row = await uidOf(ids.asuncion);
		expect(row.startsAt!.toISOString()).toBe('2023-09-30T13:00:00.000Z');
		expect(row.endsAt!.toISOString()).toBe('2023-10-02T20:00:00.000Z');
		expect(row.timeZone).toBe('America/Asuncion');
	});

	it('publishes only public events, every field readable by ical.js', async () => {
		const ics = await getPublicFeed(handle.db, network.slug, 'es', origin);
		expectFolded(ics);
		const { calendar, byUid } = parseFeed(ics);
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
		expect(byUid.size).toBe(3);
		const members = await uidOf(ids.members);
		expect(byUid.has(members.uid)).toBe(false);

		const asuncion = await uidOf(ids.asuncion);
		const timed = byUid.get(asuncion.uid)!;
		const timedEvent = new ICAL.Event(timed);
		expect(timedEvent.uid).toBe(asuncion.uid);
		expect(timedEvent.sequence).toBe(0);
		expect(timedEvent.summary).toBe('Curso, regional; de Asunción');
		expect(timedEvent.description).toBe(`${longDescription}\n\nPRY · es, en`);
		expect(timedEvent.location).toBe('Asunción, Paraguay');
		expect(timed.getFirstPropertyValue('status')).toBe('CONFIRMED');
		expect(timed.getFirstPropertyValue('class')).toBe('PUBLIC');
		expect(timed.getFirstPropertyValue('url')).toBe(
			`${origin}/networks/${network.slug}/calendar/${ids.asuncion}`
		);
		expect(timed.getFirstProperty('categories')!.getFirstValue()).toBe('training_course');
		expect(timed.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('America/Asuncion');
		expect(timed.getFirstProperty('dtend')!.getParameter('tzid')).toBe('America/Asuncion');
		expect(timedEvent.startDate.toString()).toBe('2023-09-30T09:00:00');
		expect(timedEvent.endDate.toString()).toBe('2023-10-02T17:00:00');
		// The UTC instants come from the feed's own VTIMEZONE, on both sides of the change.
		expect(timedEvent.startDate.toJSDate().toISOString()).toBe('2023-09-30T13:00:00.000Z');
		expect(timedEvent.endDate.toJSDate().toISOString()).toBe('2023-10-02T20:00:00.000Z');
		expect((timed.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe(
			asuncion.updatedAt.toISOString().replace(/\.\d{3}Z$/, '.000Z')
		);
		const zones = calendar
			.getAllSubcomponents('vtimezone')
			.map((z) => z.getFirstPropertyValue('tzid'));
		expect(zones).toEqual(['America/Asuncion']);

		const lima = await uidOf(ids.lima);
		const allDay = new ICAL.Event(byUid.get(lima.uid)!);
		expect(allDay.startDate.isDate).toBe(true);
		expect(allDay.startDate.toString()).toBe('2022-09-06');
		// The end of an all-day event is exclusive: the day after the last one.
		expect(allDay.endDate.toString()).toBe('2022-09-08');
		expect(allDay.location).toBe('Lima, Perú');
		expect(ics).toContain('DTSTART;VALUE=DATE:20220906');

		const cancelled = await uidOf(ids.cancelled);
		const cancelledEvent = byUid.get(cancelled.uid)!;
		expect(cancelledEvent.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(cancelledEvent.getFirstPropertyValue('sequence')).toBe(1);
	});

	it('keeps the UID and raises the SEQUENCE when an event changes', async () => {
		const before = await uidOf(ids.lima);
		await updateEvent(organiser, network.slug, ids.lima, { city: 'Lima (Miraflores)' });
		const { byUid } = parseFeed(await getPublicFeed(handle.db, network.slug, 'en', origin));
		const after = new ICAL.Event(byUid.get(before.uid)!);
		expect(after.sequence).toBe(before.sequence + 1);
		expect(after.location).toBe('Lima (Miraflores), Peru');
	});

	it('gives a personal feed with everything released to the user, until it is revoked', async () => {
		const token = await createFeedToken(member);
		expect((await getFeedTokenStatus(member)).active).toBe(true);
		const { byUid } = parseFeed(await getPersonalFeed(handle.db, token, 'es', origin));
		const members = await uidOf(ids.members);
		expect(byUid.size).toBe(4);
		const event = new ICAL.Event(byUid.get(members.uid)!);
		expect(event.summary).toBe('Reunión solo para miembros');
		expect(byUid.get(members.uid)!.getFirstPropertyValue('class')).toBe('CONFIDENTIAL');

		const observerToken = await createFeedToken(observer);
		const observed = parseFeed(await getPersonalFeed(handle.db, observerToken, 'es', origin));
		expect(observed.byUid.has(members.uid)).toBe(false);
		expect(observed.byUid.size).toBe(3);

		// A new token replaces the old one.
		const second = await createFeedToken(member);
		expect(await statusOf(getPersonalFeed(handle.db, token, 'es', origin))).toBe(404);
		expect(await revokeFeedToken(member)).toBe(true);
		expect(await statusOf(getPersonalFeed(handle.db, second, 'es', origin))).toBe(404);
		expect((await getFeedTokenStatus(member)).active).toBe(false);
		expect(await statusOf(getPersonalFeed(handle.db, 'not-a-token', 'es', origin))).toBe(404);
	});

	it('keeps the filters of the page a feed was taken from', async () => {
		const [asuncion, lima, members] = await Promise.all([
			uidOf(ids.asuncion),
			uidOf(ids.lima),
			uidOf(ids.members)
		]);
		const conferences = parseFeed(
			await getPublicFeed(handle.db, network.slug, 'es', origin, { kind: 'conference' })
		);
		expect([...conferences.byUid.keys()]).toEqual([lima.uid]);
		const byPeru = parseFeed(
			await getPublicFeed(handle.db, network.slug, 'es', origin, { organiser: 'PER' })
		);
		expect([...byPeru.byUid.keys()]).toEqual([lima.uid]);
		const inParaguay = parseFeed(
			await getPublicFeed(handle.db, network.slug, 'es', origin, { country: 'PRY' })
		);
		expect(inParaguay.byUid.has(asuncion.uid)).toBe(true);
		expect(inParaguay.byUid.has(lima.uid)).toBe(false);
		const inFrench = parseFeed(
			await getPublicFeed(handle.db, network.slug, 'es', origin, { language: 'fr' })
		);
		expect(inFrench.byUid.size).toBe(0);

		// A personal feed keeps both the filters and the reader's releasability.
		const token = await createFeedToken(member);
		const courses = parseFeed(
			await getPersonalFeed(handle.db, token, 'es', origin, { kind: 'training_course' })
		);
		expect(courses.byUid.has(members.uid)).toBe(true);
		expect(courses.byUid.has(lima.uid)).toBe(false);
		const observerToken = await createFeedToken(observer);
		const observed = parseFeed(
			await getPersonalFeed(handle.db, observerToken, 'es', origin, { kind: 'training_course' })
		);
		expect(observed.byUid.has(members.uid)).toBe(false);
		await revokeFeedToken(member);
		await revokeFeedToken(observer);
	});

	it('downloads one event as .ics, only for those who may see it', async () => {
		const { ics } = await getEventIcs(member, network.slug, ids.members, 'es', origin);
		const { byUid } = parseFeed(ics);
		expect(byUid.size).toBe(1);
		expect(await statusOf(getEventIcs(observer, network.slug, ids.members, 'es', origin))).toBe(
			404
		);
		expect(
			await statusOf(getEventIcs(network.anonymous, network.slug, ids.members, 'es', origin))
		).toBe(404);
	});
});

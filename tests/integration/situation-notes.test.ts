import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { situationNotes, situationNoteVersions } from '../../src/lib/server/db/schema';
import { withActor } from '../../src/lib/server/db/with-actor';
import { createSituationNote } from '../../src/lib/server/situation/create-situation-note';
import { getSituationNote } from '../../src/lib/server/situation/get-situation-note';
import { listSituationNotes } from '../../src/lib/server/situation/list-situation-notes';
import { updateSituationNote } from '../../src/lib/server/situation/update-situation-note';
import {
	createSituationNoteSchema,
	listSituationNotesQuerySchema
} from '../../src/lib/server/situation/schemas';
import { parseInput } from '../../src/lib/server/api/validation';
import { openTestDatabase, testDbKind } from './support/test-db';
import { statusOf } from './support/people';
import { noteInput, situationNetwork } from './situation-fixtures';

const list = (query: Record<string, string> = {}) =>
	parseInput(listSituationNotesQuerySchema, query);

describe(`situation notes on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let s: Awaited<ReturnType<typeof situationNetwork>>;

	beforeAll(async () => {
		handle = await openTestDatabase();
		s = await situationNetwork(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('writes a note with its zone, and reads it back with its first version', async () => {
		const { id } = await createSituationNote(s.writerA.ctx, s.network.slug, noteInput());
		const note = await getSituationNote(s.viewerA.ctx, s.network.slug, id);
		expect(note).toMatchObject({
			ownerCode: s.a.code,
			mission: 'UNIFIL',
			country: 'LBN',
			severity: 'warning',
			observedLocal: '2026-03-01T08:30',
			timeZone: 'Asia/Beirut',
			closed: false,
			version: 1,
			releasability: { level: 'members', participants: [] }
		});
		// Beirut is two hours ahead of UTC in March.
		expect(note.observedAt).toBe('2026-03-01T06:30:00.000Z');
		expect(note.versions.map((v) => v.number)).toEqual([1]);
		expect(note.canEdit).toBe(false);
		expect((await getSituationNote(s.writerA.ctx, s.network.slug, id)).canEdit).toBe(true);
	});

	it('keeps every version and stops changing once closed', async () => {
		const { id } = await createSituationNote(s.writerA.ctx, s.network.slug, noteInput());
		await updateSituationNote(s.writerA.ctx, s.network.slug, id, {
			severity: 'critical',
			title: { en: 'Road closed', es: 'Camino cerrado' }
		});
		await updateSituationNote(s.writerA.ctx, s.network.slug, id, { closed: true });
		const note = await getSituationNote(s.memberB.ctx, s.network.slug, id);
		expect(note.closed).toBe(true);
		expect(note.version).toBe(3);
		expect(note.versions.map((v) => [v.number, v.severity, v.closed])).toEqual([
			[1, 'warning', false],
			[2, 'critical', false],
			[3, 'critical', true]
		]);
		expect(note.versions[0]!.title).toEqual({ en: 'Road blocked near the base' });
		expect(
			await statusOf(updateSituationNote(s.writerA.ctx, s.network.slug, id, { severity: 'info' }))
		).toBe(409);
	});

	it('corrects the zone without moving the wall-clock time written', async () => {
		const { id } = await createSituationNote(s.writerA.ctx, s.network.slug, noteInput());
		await updateSituationNote(s.writerA.ctx, s.network.slug, id, { timeZone: 'UTC' });
		const note = await getSituationNote(s.writerA.ctx, s.network.slug, id);
		expect(note.observedLocal).toBe('2026-03-01T08:30');
		expect(note.observedAt).toBe('2026-03-01T08:30:00.000Z');
	});

	it('refuses a change from another participant: 404 when hidden, 403 when seen', async () => {
		const { id } = await createSituationNote(s.writerA.ctx, s.network.slug, noteInput());
		expect(
			await statusOf(updateSituationNote(s.memberB.ctx, s.network.slug, id, { severity: 'info' }))
		).toBe(403);
		expect(
			await statusOf(updateSituationNote(s.observer.ctx, s.network.slug, id, { closed: true }))
		).toBe(404);
		expect(
			await statusOf(updateSituationNote(s.viewerA.ctx, s.network.slug, id, { closed: true }))
		).toBe(403);
		expect(await statusOf(getSituationNote(s.network.anonymous, s.network.slug, id))).toBe(404);
		const [row] = await handle.db.select().from(situationNotes).where(eq(situationNotes.id, id));
		expect(row!.version).toBe(1);
	});

	it('filters by mission, country, severity, status and since', async () => {
		const own = await situationNetwork(handle.db);
		const w = own.writerA.ctx;
		const slug = own.network.slug;
		const lebanon = await createSituationNote(w, slug, noteInput({ severity: 'info' }));
		const car = await createSituationNote(
			w,
			slug,
			noteInput({ mission: 'MINUSCA', countryCode: 'CAF', severity: 'critical' })
		);
		const noMission = await createSituationNote(
			w,
			slug,
			noteInput({ mission: null, countryCode: 'HTI', timeZone: 'America/Port-au-Prince' })
		);
		await updateSituationNote(w, slug, noMission.id, { closed: true });
		const ids = async (query: Record<string, string>) =>
			(await listSituationNotes(own.memberB.ctx, slug, list(query))).items.map((n) => n.id).sort();
		expect(await ids({ mission: 'unifil' })).toEqual([lebanon.id]);
		expect(await ids({ country: 'CAF' })).toEqual([car.id]);
		expect(await ids({ severity: 'critical' })).toEqual([car.id]);
		expect(await ids({ status: 'closed' })).toEqual([noMission.id]);
		expect(await ids({ status: 'open' })).toEqual([lebanon.id, car.id].sort());
		expect(await ids({ since: '2000-01-01' })).toHaveLength(3);
		expect(await ids({ since: new Date(Date.now() + 3_600_000).toISOString() })).toEqual([]);
	});

	it('lists a note only to those it is released to', async () => {
		const own = await situationNetwork(handle.db);
		const slug = own.network.slug;
		const { id } = await createSituationNote(
			own.writerA.ctx,
			slug,
			noteInput({ releasability: { level: 'named', participants: [own.b.code] } })
		);
		const sees = async (ctx: typeof own.memberB.ctx) =>
			(await listSituationNotes(ctx, slug, list())).items.some((n) => n.id === id);
		expect(await sees(own.viewerA.ctx)).toBe(true);
		expect(await sees(own.memberB.ctx)).toBe(true);
		expect(await sees(own.observer.ctx)).toBe(false);
		expect(await sees(own.partnerUser.ctx)).toBe(false);
		expect(await sees(own.network.anonymous)).toBe(false);
		// The database refuses the row even to a query without the code check.
		const raw = await withActor(handle.db, own.observer.actor, (tx) =>
			tx.select().from(situationNotes).where(eq(situationNotes.id, id))
		);
		expect(raw).toEqual([]);
		const rawVersions = await withActor(handle.db, own.observer.actor, (tx) =>
			tx.select().from(situationNoteVersions).where(eq(situationNoteVersions.noteId, id))
		);
		expect(rawVersions).toEqual([]);
	});

	it('answers bad input with sentences, not server errors', async () => {
		expect(
			await statusOf(
				createSituationNote(s.writerA.ctx, s.network.slug, noteInput({ mission: 'NOSUCHMISSION' }))
			)
		).toBe(422);
		expect(() =>
			parseInput(createSituationNoteSchema, { ...noteInput(), longitude: 10, title: { en: '' } })
		).toThrow();
		try {
			parseInput(createSituationNoteSchema, { ...noteInput(), longitude: 10 }, 'es');
		} catch (e) {
			const errors = (e as { fieldErrors: { path: string; message: string }[] }).fieldErrors;
			expect(errors.map((x) => x.path)).toEqual(['latitude']);
			expect(errors[0]!.message).not.toMatch(/expected|sit_err/i);
		}
		expect(() =>
			parseInput(createSituationNoteSchema, {
				...noteInput(),
				observedAt: '2026-03-29T00:30',
				timeZone: 'Asia/Beirut'
			})
		).toThrow();
		expect(await statusOf(createSituationNote(s.observer.ctx, s.network.slug, noteInput()))).toBe(
			200
		);
		expect(
			await statusOf(createSituationNote(s.network.anonymous, s.network.slug, noteInput()))
		).toBe(401);
		expect(await statusOf(createSituationNote(s.viewerA.ctx, s.network.slug, noteInput()))).toBe(
			403
		);
	});

	it('refuses at the database a raw insert owned by another participant', async () => {
		await expect(
			withActor(handle.db, s.memberB.actor, (tx) =>
				tx.insert(situationNotes).values({
					networkId: s.network.id,
					ownerId: s.a.id,
					level: 'public',
					countryIso3: 'LBN',
					observedAt: new Date(),
					observedZone: 'UTC',
					category: 'other',
					severity: 'info',
					title: { en: 'forged' }
				})
			)
		).rejects.toThrow();
	});
});

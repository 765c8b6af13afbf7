import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { events } from '../../src/lib/server/db/schema';
import { runCli } from '../../src/cli/run';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';

const header =
	'external_id,kind,title_es,title_en,organiser,country,city,time_zone,start,end,working_languages,level,capacity,registration_deadline';

describe(`events CSV import on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	const dir = mkdtempSync(join(tmpdir(), 'calendar-import-'));

	beforeAll(async () => {
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
		await network.newParticipant('partner', 'ALCOPAZ');
		await network.newParticipant('member', 'PRY');
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function run(lines: string[]) {
		const file = join(dir, `plan-${Math.random().toString(36).slice(2)}.csv`);
		writeFileSync(file, [header, ...lines].join('\n'));
		const out: string[] = [];
		const err: string[] = [];
		const code = await runCli(
			['import', 'events', file, '--network', network.slug],
			{ out: (t) => out.push(t), err: (t) => err.push(t) },
			async () => ({ ...handle, close: async () => {} })
		);
		return { code, out: out.join('\n'), err: err.join('\n') };
	}

	const rows = () => handle.db.select().from(events).where(eq(events.networkId, network.id));

	const good = [
		'CAECOPAZ-2031-01,training_course,"Curso de protección de civiles, nivel 1",Protection of civilians course,ALCOPAZ,ARG,Campo de Mayo,America/Argentina/Buenos_Aires,2031-04-07,2031-04-11,es;en,public,30,2031-03-15',
		'CECOPAZ-2031-02,,Curso de observadores militares,,PRY,PRY,Asunción,America/Asuncion,2031-06-02T08:00,2031-06-13T17:00,es,members,,'
	];

	it('imports every row, and importing the same file again changes nothing', async () => {
		const first = await run(good);
		expect(first.code, first.err).toBe(0);
		expect(first.out).toContain('2 created, 0 updated, 0 unchanged');
		const again = await run(good);
		expect(again.out).toContain('0 created, 0 updated, 2 unchanged');
		const stored = await rows();
		expect(stored.length).toBe(2);
		const course = stored.find((r) => r.externalId === 'CAECOPAZ-2031-01')!;
		expect(course.title).toEqual({
			es: 'Curso de protección de civiles, nivel 1',
			en: 'Protection of civilians course'
		});
		expect(course.allDay).toBe(true);
		expect(course.capacity).toBe(30);
		expect(course.sequence).toBe(0);
		const timed = stored.find((r) => r.externalId === 'CECOPAZ-2031-02')!;
		expect(timed.kind).toBe('training_course');
		expect(timed.level).toBe('members');
		expect(timed.startsAt!.toISOString()).toBe('2031-06-02T11:00:00.000Z');
	});

	it('updates a changed row by its external id and raises its sequence', async () => {
		const changed = [good[0]!.replace('Campo de Mayo', 'Buenos Aires'), good[1]!];
		const result = await run(changed);
		expect(result.out).toContain('0 created, 1 updated, 1 unchanged');
		const course = (await rows()).find((r) => r.externalId === 'CAECOPAZ-2031-01')!;
		expect(course.city).toBe('Buenos Aires');
		expect(course.sequence).toBe(1);
	});

	it('writes nothing when one row is bad, and lists every problem', async () => {
		const before = (await rows()).length;
		const result = await run([
			'NEW-1,seminar,Seminario nuevo,,PRY,PRY,Asunción,America/Asuncion,2031-08-01,2031-08-01,es,public,,',
			'NEW-2,party,Fiesta,,NOPE,XXX,Lima,Mars/Olympus,2031-13-01,2031-08-01T10:00,,public,,',
			'NEW-1,seminar,Repetido,,PRY,PRY,Asunción,America/Asuncion,2031-08-01,2031-08-02,es,public,,'
		]);
		expect(result.code).toBe(1);
		expect(result.err).toContain('nothing was imported');
		for (const field of [
			'line 3, kind',
			'line 3, country',
			'line 3, time_zone',
			'line 3, start',
			'line 3, working_languages',
			'line 4, external_id'
		]) {
			expect(result.err).toContain(field);
		}
		expect((await rows()).length).toBe(before);
		expect((await rows()).some((r) => r.externalId === 'NEW-1')).toBe(false);
	});

	it('reports unknown participants and countries found against the database', async () => {
		const result = await run([
			'NEW-3,seminar,Seminario,,ZZZ,PRY,Asunción,America/Asuncion,2031-08-01,2031-08-01,es,public,,',
			'NEW-4,seminar,Seminario,,PRY,QQQ,Asunción,America/Asuncion,2031-08-01,2031-08-01,es,public,,'
		]);
		expect(result.code).toBe(1);
		expect(result.err).toContain('line 2, organiser');
		expect(result.err).toContain('line 3, country');
	});

	it('refuses a file with a missing or unknown column before reading rows', async () => {
		const file = join(dir, 'bad-header.csv');
		writeFileSync(file, 'external_id,title_es,colour\nX,Y,Z\n');
		const err: string[] = [];
		const code = await runCli(
			['import', 'events', file, '--network', network.slug],
			{ out: () => {}, err: (t) => err.push(t) },
			async () => ({ ...handle, close: async () => {} })
		);
		expect(code).toBe(1);
		expect(err.join('\n')).toContain('line 1, organiser: missing column');
		expect(err.join('\n')).toContain('line 1, colour: unknown column');
	});

	it('refuses an unknown import kind as wrong use', async () => {
		const err: string[] = [];
		const code = await runCli(['import', 'nonsense', 'x.csv'], {
			out: () => {},
			err: (t) => err.push(t)
		});
		expect(code).toBe(2);
		expect(err.join('\n')).toContain('Unknown import kind');
	});
});

import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { participants, unContributions } from '../../src/lib/server/db/schema';
import {
	StatisticsImportError,
	unsafeImportUnContributions,
	type ImportInput
} from '../../src/lib/server/statistics/import-un-contributions';
import { getContributions } from '../../src/lib/server/statistics/get-contributions';
import { listStatisticsMonths } from '../../src/lib/server/statistics/list-months';
import { contributionsQuerySchema } from '../../src/lib/server/statistics/schemas';
import { anonymousActor } from '../../src/lib/server/access/actor';
import type { Ctx } from '../../src/lib/server/context';
import { openTestDatabase } from './support/test-db';
import { newTestNetwork } from './support/factories';
import { newCliTarget, runCliProcess } from './cli-harness';

const dir = 'data-sources/un';
const contributionsCsv = readFileSync(
	`${dir}/un_uniformed_contributions_monthly_2019-12_2025-07.csv`,
	'utf8'
);
const totalsCsv = readFileSync(`${dir}/un_uniformed_contributions_monthly_totals.csv`, 'utf8');
const missionsCsv = readFileSync(`${dir}/un_peacekeeping_missions_DPPADPOSS-PKO.csv`, 'utf8');
const input: ImportInput = { contributionsCsv, totalsCsv, missionsCsv, sourceFile: 'monthly.csv' };
const header = contributionsCsv.slice(0, contributionsCsv.indexOf('\n') + 1);
const linesOf = (prefix: string) =>
	contributionsCsv.split('\n').filter((line) => line.startsWith(prefix));

let handle: DatabaseHandle;
let ctx: Ctx;
let first: Awaited<ReturnType<typeof unsafeImportUnContributions>>;

const query = (q: Record<string, string>) =>
	getContributions(ctx, contributionsQuerySchema.parse(q), 'en');

async function rowCount(): Promise<number> {
	const [row] = await handle.db.select({ n: count() }).from(unContributions);
	return row!.n;
}

beforeAll(async () => {
	handle = await openTestDatabase();
	ctx = { db: handle.db, actor: anonymousActor };
	first = await unsafeImportUnContributions(handle.db, input);
});
afterAll(() => handle.close());

describe('import un-contributions', () => {
	it('imports every row and summarises the file', () => {
		expect(first).toMatchObject({
			rows: 61960,
			months: 65,
			missions: 25,
			inserted: 61960,
			updated: 0,
			totalsChecked: 64,
			totalsDifferences: [],
			changed: true
		});
		// 142 spellings, fewer countries: renamed countries are one country.
		expect(first.countries).toBeLessThan(142);
	});

	it('equals the UN printed grand totals', async () => {
		const printed: Record<string, [number, number, number]> = {
			'2019-12': [78021, 5310, 83331],
			'2020-01': [77579, 5284, 82863],
			'2021-06': [0, 0, 0],
			'2023-10': [0, 0, 0],
			'2025-07': [0, 0, 0]
		};
		for (const line of totalsCsv.split('\n').slice(1)) {
			const [date, male, female, total] = line.split(',');
			const month = date?.slice(0, 7) ?? '';
			if (month in printed && printed[month]![2] === 0) {
				printed[month] = [Number(male), Number(female), Number(total)];
			}
		}
		for (const [month, [male, female, total]] of Object.entries(printed)) {
			expect(total, month).toBeGreaterThan(50000);
			const answer = await query({ month, groupBy: 'month' });
			expect(answer.totals, month).toMatchObject({ male, female, total });
			const byCountry = await query({ month });
			expect(
				byCountry.rows.reduce((s, r) => s + (r.total ?? 0), 0),
				month
			).toBe(total);
		}
	});

	it('changes nothing when the same file is imported again', async () => {
		const again = await unsafeImportUnContributions(handle.db, input);
		expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 61960, changed: false });
		expect(await rowCount()).toBe(61960);
	});

	it('aborts on an unknown spelling, lists it and writes nothing', async () => {
		const bad = [
			header.trimEnd(),
			'2025-09-30,UNIFIL,Atlantis,Troops,Troops,10,0,10,x.pdf',
			'2025-09-30,UNIFIL,Argentina,Troops,Troops,10,0,10,x.pdf',
			'2025-09-30,UNIFIL,Freedonia,Troops,Troops,1,0,1,x.pdf'
		].join('\n');
		const error = await unsafeImportUnContributions(handle.db, {
			contributionsCsv: bad,
			sourceFile: 'bad.csv'
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StatisticsImportError);
		expect((error as StatisticsImportError).unknownCountries).toEqual(['Atlantis', 'Freedonia']);
		expect(await rowCount()).toBe(61960);
	});

	it('joins the spellings of a renamed country', async () => {
		const before = await query({ month: '2023-04', country: 'TUR', groupBy: 'month' });
		const after = await query({ month: '2023-05', country: 'TUR', groupBy: 'month' });
		expect(before.totals.total).toBeGreaterThan(0);
		expect(after.totals.total).toBeGreaterThan(0);
		const iran = await query({ from: '2020-12', to: '2021-01', country: 'IRN' });
		expect(iran.rows.every((r) => (r.total ?? 0) > 0)).toBe(true);
		const spellings = await handle.db
			.selectDistinct({ name: unContributions.countryAsPrinted })
			.from(unContributions)
			.where(eq(unContributions.countryIso3, 'MDA'));
		expect(spellings.map((s) => s.name).sort()).toEqual([
			'Moldova, Republic of',
			'Republic of Moldova'
		]);
	});

	it('counts the mislabelled 2020-01 UNVMC row for the Dominican Republic', async () => {
		const dom = await query({
			month: '2020-01',
			country: 'DOM',
			mission: 'UNVMC',
			groupBy: 'type'
		});
		expect(dom.rows.find((r) => r.key === 'individual-police')?.total).toBe(4);
		const drc = await query({ month: '2020-01', country: 'COD', mission: 'UNVMC' });
		expect(drc.rows).toEqual([]);
		expect(dom.quality).toContainEqual(
			expect.objectContaining({ month: '2020-01', issue: 'mislabelled_row' })
		);
	});

	it('leaves a missing month as a gap, never a zero', async () => {
		const series = await query({ from: '2020-05', to: '2020-07' });
		expect(series.rows.map((r) => [r.key, r.total === null])).toEqual([
			['2020-05', false],
			['2020-06', true],
			['2020-07', false]
		]);
		expect(series.rows[1]).toMatchObject({ total: null, female: null, male: null });
		const months = await listStatisticsMonths(ctx);
		expect(months.missing.map((m) => m.month)).toEqual(['2020-06', '2022-07', '2023-09']);
		expect(months.missing.find((m) => m.month === '2023-09')?.printedTotal).toBe(72631);
		expect(months.available).toHaveLength(65);
	});

	it('flags the 2020-08 gender split and gives it no parity status', async () => {
		const august = await query({ month: '2020-08', groupBy: 'type' });
		expect(august.quality).toContainEqual(
			expect.objectContaining({ month: '2020-08', issue: 'gender_unreliable' })
		);
		expect(august.rows.every((r) => r.status === undefined && r.target !== undefined)).toBe(true);
		const july = await query({ month: '2020-07', groupBy: 'type' });
		expect(july.quality).toEqual([]);
		expect(july.rows.every((r) => r.status !== undefined)).toBe(true);
		const months = await listStatisticsMonths(ctx);
		expect(months.quality.filter((q) => q.issue === 'gender_unreliable')).toEqual([
			expect.objectContaining({ month: '2020-08' })
		]);
	});

	it('gives targets and statuses by category', async () => {
		const types = await query({ month: '2025-07', groupBy: 'type' });
		const targets = Object.fromEntries(types.rows.map((r) => [r.key, r.target]));
		expect(targets).toEqual({
			troops: 0.15,
			'staff-officer': 0.25,
			'experts-on-mission': 0.25,
			'formed-police-units': 0.2,
			'individual-police': 0.3
		});
	});

	it('filters by M49 region and by network membership', async () => {
		const latam = await query({ month: '2025-07', region: '419' });
		const codes = latam.rows.map((r) => r.key);
		expect(codes).toContain('URY');
		expect(codes).not.toContain('ESP');
		const network = await newTestNetwork(handle.db);
		for (const [code, status] of [
			['URY', 'member'],
			['ARG', 'member'],
			['ESP', 'observer']
		] as const) {
			await handle.db.insert(participants).values({
				networkId: network.id,
				code,
				kind: 'country',
				status,
				name: { en: code },
				countryCode: code
			});
		}
		const members = await query({ month: '2025-07', network: network.slug });
		expect(members.rows.map((r) => r.key).sort()).toEqual(['ARG', 'URY']);
		const world = await query({ month: '2025-07' });
		const sum = (iso3: string) => world.rows.find((r) => r.key === iso3)?.total ?? 0;
		expect(members.totals.total).toBe(sum('ARG') + sum('URY'));
		await expect(query({ month: '2025-07', network: 'no-such-network' })).rejects.toThrow();
	});

	it('adds only the new month from an overlapping newer file', async () => {
		const overlapping = [
			header.trimEnd(),
			...linesOf('2025-07-31'),
			'2025-08-31,UNIFIL,Argentina,Staff Officer,Staff Officer,3,1,4,UN_country_contributions_2025_08.pdf'
		].join('\n');
		const result = await unsafeImportUnContributions(handle.db, {
			contributionsCsv: overlapping,
			sourceFile: 'newer.csv'
		});
		expect(result).toMatchObject({ inserted: 1, updated: 0, changed: true });
		expect(await rowCount()).toBe(61961);
		const months = await listStatisticsMonths(ctx);
		expect(months.latest).toBe('2025-08');
		const dom = await query({ month: '2020-01', country: 'DOM', mission: 'UNVMC' });
		expect(dom.quality).toContainEqual(
			expect.objectContaining({ month: '2020-01', issue: 'mislabelled_row' })
		);
	});
});

describe('the import command', () => {
	it('reports unknown names, and prints a summary with warnings', async () => {
		const target = await newCliTarget(handle.kind);
		const work = mkdtempSync(join(tmpdir(), 'stats-cli-'));
		try {
			const bad = join(work, 'bad.csv');
			writeFileSync(bad, `${header}2025-09-30,UNIFIL,Atlantis,Troops,Troops,1,0,1,x.pdf\n`);
			const refused = await runCliProcess(['import', 'un-contributions', bad], target.env);
			expect(refused.code).toBe(1);
			expect(refused.stderr).toContain('Atlantis');
			expect(refused.stderr).toContain('nothing was imported');

			const small = join(work, 'small.csv');
			// One 2020-02 row left out: that month no longer matches its printed total.
			const rows = linesOf('2020-0');
			const dropped = rows.findIndex((line) => line.startsWith('2020-02'));
			rows.splice(dropped, 1);
			writeFileSync(small, [header.trimEnd(), ...rows].join('\n'));
			const totals = join(work, 'totals.csv');
			writeFileSync(totals, totalsCsv);
			const done = await runCliProcess(
				['import', 'un-contributions', small, '--totals', totals],
				target.env
			);
			expect(done.stderr).toBe('');
			expect(done.code).toBe(0);
			expect(done.stdout).toMatch(/ok: \d+ rows, 8 months/);
			expect(done.stdout).toContain('2020-06 missing_month');
			expect(done.stdout).toContain('2020-08 gender_unreliable');
			expect(done.stdout).toContain('2020-01 mislabelled_row');
			expect(done.stdout).toContain('8 months checked against the printed grand totals, 1 differ');
			expect(done.stdout).toContain('2020-02 total_differs');
		} finally {
			await target.dispose();
		}
	});
});

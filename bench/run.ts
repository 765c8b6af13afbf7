// `npm run bench`: the platform's production build under load on each database, beside the floor
// of this machine (a bare node:http server sending the same bytes), then the UN import, the
// client-side weight, the server's peak memory and Lighthouse. Prints one table of figures and
// one of budgets, and writes both to bench/results/. Benchmarks, not tests: it never fails on a
// figure, only when it cannot measure.
//
// Every request carries a query parameter of its own (`r=<n>`), so no answer can come from a copy
// kept for the bench's own earlier request: each row measures what a reader gets, rendered anew.
// Signed-in pages rotate over twenty users' sessions, request by request.
//
//   npm run bench                  the full run (10 s per scenario, 50 connections)
//   npm run bench -- --smoke       1 s per scenario at 10 connections, small data, no Lighthouse
//   npm run bench -- --db=pglite --only=home,documents-api --profile
//                                  one database, chosen scenarios, the server under --cpu-prof
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { clientWeight, type ClientWeight } from './lib/client-weight';
import { runLighthouse, type LighthouseScores } from './lib/lighthouse';
import { prepareData, network, type PreparedData, type Sizes } from './lib/prepare-data';
import { peakResidentMb, startApp, startFloor, type FloorPage } from './lib/processes';
import runStatisticsBench from './statistics.bench';
import runLibraryBench from './library.bench';

const args = process.argv.slice(2);
const option = (name: string) =>
	args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? null;
const smoke = args.includes('--smoke');
const profile = args.includes('--profile');
const onlyScenarios = option('only')?.split(',') ?? null;
const onlyDatabase = option('db');
const duration = smoke ? 1 : 10;
const mixedDuration = smoke ? 2 : 30;
const warmUp = smoke ? 0 : 2;
// The smoke run proves the harness end to end, so it needs answers within its 1 s runs: with 50
// connections a slow page may finish none before the run ends.
const connections = smoke ? 10 : 50;
/** The mixed run's writer creates or edits one document this often. */
const writeIntervalMs = 200;
/** How many times each consolidated export (PDF, XLSX) is asked for during the run. */
const exportRepeats = smoke ? 1 : 3;
/** The knowledge library's search is measured over this many documents on the embedded database. */
const libraryDocuments = smoke ? 120 : 5000;
/** Rounds of the twelve searches; the first warms what the later ones find warm. */
const libraryRounds = smoke ? 2 : 12;
const sizes: Sizes = smoke
	? { documents: 100, events: 30, decisions: 5, cycles: 2, activities: 8 }
	: { documents: 1000, events: 300, decisions: 40, cycles: 2, activities: 40 };

const startedAt = Date.now();
/** Prints a step with the seconds since the bench started. */
const log = (message: string) =>
	console.log(`${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s  ${message}`);

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, 'bench', 'results');
const scratch = path.join(root, '.tmp', `bench-${process.pid}`);

type Database = 'pglite' | 'postgres';
/** Who reads: nobody signed in, the API token, the twenty users in turn, or the Presidency. */
type Reader = 'anonymous' | 'bearer' | 'users' | 'presidency';
interface Scenario {
	name: string;
	kind: 'ssr' | 'api';
	path: string;
	reader: Reader;
}

const scenarioNames = [
	'home',
	'documents-page',
	'calendar-month',
	'decisions-page',
	'report-board',
	'country-profile',
	'documents-api',
	'events-api',
	'contributions-api',
	'mixed',
	'exports'
];
if (onlyScenarios) {
	const unknown = onlyScenarios.filter((name) => !scenarioNames.includes(name));
	if (unknown.length > 0) {
		throw new Error(`Unknown scenario ${unknown.join(', ')}; known: ${scenarioNames.join(', ')}`);
	}
}
const wanted = (name: string) => !onlyScenarios || onlyScenarios.includes(name);

function scenariosFor(prepared: PreparedData): Scenario[] {
	const now = new Date();
	const month = now.toISOString().slice(0, 7);
	const base = `/networks/${network}`;
	return [
		{ name: 'home', kind: 'ssr', path: '/', reader: 'anonymous' },
		{ name: 'documents-page', kind: 'ssr', path: `${base}/documents`, reader: 'users' },
		{
			name: 'calendar-month',
			kind: 'ssr',
			path: `${base}/calendar?view=month&month=${month}`,
			reader: 'users'
		},
		{ name: 'decisions-page', kind: 'ssr', path: `${base}/decisions`, reader: 'users' },
		{
			name: 'report-board',
			kind: 'ssr',
			path: `${base}/reports/${prepared.cycleId}`,
			reader: 'presidency'
		},
		{
			name: 'country-profile',
			kind: 'ssr',
			path: '/statistics/countries/URY',
			reader: 'anonymous'
		},
		{
			name: 'documents-api',
			kind: 'api',
			path: `/api/v1/networks/${network}/documents`,
			reader: 'bearer'
		},
		{
			name: 'events-api',
			kind: 'api',
			path: `/api/v1/networks/${network}/events?year=${now.getUTCFullYear()}&limit=100`,
			reader: 'bearer'
		},
		{
			name: 'contributions-api',
			kind: 'api',
			path: '/api/v1/statistics/contributions?groupBy=country',
			reader: 'anonymous'
		}
	];
}
const lighthousePages = ['/', '/statistics'];
/** The pages the mixed run's readers ask for, each signed in as one of the twenty users. */
const mixedPages = [
	'home',
	'documents-page',
	'calendar-month',
	'decisions-page',
	'report-board',
	'country-profile'
];

interface Load {
	reqPerSec: number;
	p50Ms: number;
	p99Ms: number;
	errors: number;
	/** Responses received; a run shorter than the slowest answer can end with none. */
	completed: number;
}
interface LoadRow {
	database: string;
	scenario: string;
	kind: 'ssr' | 'api';
	path: string;
	bytes: number;
	app: Load;
	floor: Load;
	/** The platform's req/s as a fraction of the floor's. */
	ratio: number;
}
interface MixedRow {
	database: string;
	seconds: number;
	pages: string[];
	users: number;
	readers: Load;
	writes: { done: number; errors: number; p50Ms: number; p99Ms: number; statuses: number[] };
}
interface ExportRow {
	database: string;
	format: string;
	path: string;
	bytes: number;
	/** Time to the last byte of each request, in order. */
	ms: number[];
}
interface DatabaseRun {
	database: string;
	peakResidentMb: number | null;
	data: Sizes & { users: number; presidency: string };
	loads: LoadRow[];
	mixed: MixedRow | null;
	exports: ExportRow[];
}
interface Budget {
	measure: string;
	value: string;
	budget: string;
	met: boolean | null;
}

/** The budgets each database is held to (printed, never asserted). */
const limits: Record<Database, { ssrShare: number; apiShare: number; p99Ms: number }> = {
	postgres: { ssrShare: 40, apiShare: 20, p99Ms: 150 },
	pglite: { ssrShare: 80, apiShare: 30, p99Ms: 400 }
};
const mixedP99Ms = 400;
const memoryMb = 250;

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name === 'paraglide') continue;
		const file = path.join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(file) : statSync(file).mtimeMs);
	}
	return newest;
}

function ensureBuild(): void {
	const built = path.join(root, 'build', 'index.js');
	const sources = Math.max(
		newestMtime(path.join(root, 'src')),
		newestMtime(path.join(root, 'messages')),
		statSync(path.join(root, 'package.json')).mtimeMs
	);
	if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
	log('Building the platform…');
	const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) throw new Error('The build failed');
}

function hasPostgresBinaries(): boolean {
	const dir = '/usr/lib/postgresql';
	if (
		existsSync(dir) &&
		readdirSync(dir).some((v) => existsSync(path.join(dir, v, 'bin/initdb')))
	) {
		return true;
	}
	return spawnSync('sh', ['-c', 'command -v initdb']).status === 0;
}

/** One request to make: where, and with which credentials. */
interface Target {
	path: string;
	headers: Record<string, string>;
}

/** Numbers every request of the whole run, so no two ask for the same address. */
let requestNumber = 0;
const distinct = (target: string, n: number) =>
	`${target}${target.includes('?') ? '&' : '?'}r=${n}`;
const pathOnly = (target: string) => target.split('?')[0]!;

/** All connections for `seconds`; `pick(n)` chooses the page and reader of the n-th request. */
async function load(origin: string, pick: (n: number) => Target, seconds: number): Promise<Load> {
	const result = await autocannon({
		url: origin,
		connections,
		duration: seconds,
		requests: [
			{
				setupRequest: (request) => {
					const n = ++requestNumber;
					const target = pick(n);
					return {
						...request,
						path: distinct(target.path, n),
						headers: { ...request.headers, ...target.headers }
					};
				}
			}
		]
	});
	return {
		reqPerSec: result.requests.average,
		p50Ms: result.latency.p50,
		p99Ms: result.latency.p99,
		errors: result.errors + result.timeouts + result.non2xx,
		completed: result.requests.total
	};
}

const percentile = (values: number[], p: number) => {
	if (values.length === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/**
 * The mixed run's writer: every 200 ms it creates a document through the API, or edits the one it
 * created last, with the bearer token; a write slower than that delays the next.
 */
async function writeDocuments(
	origin: string,
	token: string,
	/** The participant the writer's `named` documents are released to. */
	named: string,
	seconds: number
): Promise<MixedRow['writes']> {
	const levels = ['members', 'named', 'network', 'public', 'owner', 'members_and_observers'];
	const api = `${origin}/api/v1/networks/${network}/documents`;
	const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
	const end = Date.now() + seconds * 1000;
	const times: number[] = [];
	const statuses = new Set<number>();
	let errors = 0;
	let last: string | null = null;
	let next = Date.now();
	for (let k = 0; Date.now() < end; k++) {
		const wait = next - Date.now();
		if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
		next += writeIntervalMs;
		const started = performance.now();
		try {
			let response: Response;
			if (last === null || k % 2 === 0) {
				const level = levels[k % levels.length]!;
				response = await fetch(api, {
					method: 'POST',
					headers,
					body: JSON.stringify({
						title: `Nota de prensa ${k}`,
						kind: 'news',
						language: 'es',
						body: `Comunicado ${k} sobre la cooperación en misiones de paz.`,
						releasability: { level, participants: level === 'named' ? [named] : [] }
					})
				});
				const created = (await response.json().catch(() => null)) as { id?: string } | null;
				if (response.status === 201 && created?.id) last = created.id;
			} else {
				response = await fetch(`${api}/${last}`, {
					method: 'PATCH',
					headers,
					body: JSON.stringify({
						title: `Nota de prensa ${k} (corregida)`,
						body: `Comunicado ${k}, texto corregido.`
					})
				});
				await response.arrayBuffer();
			}
			if (!response.ok) {
				errors++;
				statuses.add(response.status);
			}
		} catch {
			errors++;
		}
		times.push(performance.now() - started);
	}
	return {
		done: times.length,
		errors,
		p50Ms: percentile(times, 50),
		p99Ms: percentile(times, 99),
		statuses: [...statuses]
	};
}

/** Asks once for each target and fails loudly unless every one answers 200; returns the first. */
async function expectOk(origin: string, targets: Target[]): Promise<FloorPage> {
	let first: FloorPage | null = null;
	for (const target of targets) {
		const response = await fetch(origin + distinct(target.path, ++requestNumber), {
			headers: target.headers,
			redirect: 'manual'
		});
		const body = Buffer.from(await response.arrayBuffer());
		if (response.status !== 200) {
			throw new Error(
				`${target.path} answered ${response.status} ` +
					`(${JSON.stringify(Object.keys(target.headers))}): ${body.toString().slice(0, 500)}`
			);
		}
		first ??= {
			status: response.status,
			contentType: response.headers.get('content-type') ?? 'application/octet-stream',
			body
		};
	}
	if (!first) throw new Error('Nothing to ask for');
	return first;
}

async function measureDatabase(
	database: Database,
	options: { DATA_DIR: string } | { DATABASE_URL: string },
	weights: Map<string, ClientWeight>,
	lighthouse: LighthouseScores[] | null
): Promise<DatabaseRun> {
	log(
		`[${database}] preparing ${sizes.documents} documents, ${sizes.events} events, ` +
			`${sizes.decisions} decisions, ${sizes.cycles} reporting cycles, 20 users…`
	);
	const started = Date.now();
	const prepared = await prepareData(
		'DATA_DIR' in options
			? { kind: 'pglite', dataDir: options.DATA_DIR }
			: { kind: 'postgres', url: options.DATABASE_URL },
		sizes
	);
	log(`[${database}] prepared in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	const sessions = prepared.users.map((u) => ({ cookie: `session=${u.session}` }));
	const readersOf = (reader: Reader): Record<string, string>[] => {
		if (reader === 'bearer') return [{ authorization: `Bearer ${prepared.token}` }];
		if (reader === 'users') return sessions;
		if (reader === 'presidency') return [{ cookie: `session=${prepared.presidencySession}` }];
		return [{}];
	};
	const targetsOf = (scenario: Scenario): Target[] =>
		readersOf(scenario.reader).map((headers) => ({ path: scenario.path, headers }));
	const allScenarios = scenariosFor(prepared);
	const scenarios = allScenarios.filter((s) => wanted(s.name));
	const mixed = allScenarios.filter((s) => mixedPages.includes(s.name));

	const profileDir = path.join(root, '.tmp', 'profiles');
	const app = await startApp({
		database: options,
		nodeArgs: profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []
	});
	log(`[${database}] server up; every scenario must answer 200`);
	const loads: LoadRow[] = [];
	const exports: ExportRow[] = [];
	let mixedRow: MixedRow | null = null;
	let floor: Awaited<ReturnType<typeof startFloor>> | undefined;
	try {
		// Every scenario answers 200 to each of its readers before anything is measured.
		const pages = new Map<string, FloorPage>();
		for (const scenario of scenarios) {
			const targets = targetsOf(scenario);
			// With the mixed run, its own check below asks for the signed-in pages as the users.
			const page = await expectOk(app.origin, wanted('mixed') ? targets.slice(0, 1) : targets);
			const key = pathOnly(scenario.path);
			if (pages.has(key)) throw new Error(`Two scenarios share the floor path ${key}`);
			pages.set(key, page);
			if (scenario.kind === 'ssr' && !weights.has(scenario.name)) {
				weights.set(
					scenario.name,
					clientWeight(
						page.body.toString(),
						app.origin + scenario.path,
						path.join(root, 'build', 'client')
					)
				);
			}
		}
		// User by user, each asking for every page in turn, so concurrent requests mix the pages.
		const mixedTargets = sessions.flatMap((headers) =>
			mixed.map((scenario) => ({ path: scenario.path, headers }))
		);
		// The full run asks for every page as every user first; the smoke run, to stay short, for
		// one page per user in turn. A pair that fails later still counts among the errors.
		if (wanted('mixed')) {
			await expectOk(
				app.origin,
				smoke
					? sessions.map((headers, i) => ({ path: mixed[i % mixed.length]!.path, headers }))
					: mixedTargets
			);
		}

		floor = await startFloor(pages, path.join(scratch, `floor-${database}.json`));
		for (const scenario of scenarios) {
			const targets = targetsOf(scenario);
			const pick = (n: number) => targets[n % targets.length]!;
			log(`[${database}] ${scenario.name}: floor, then the platform (${duration} s each)`);
			const floorLoad = await load(floor.origin, pick, duration);
			if (warmUp > 0) await load(app.origin, pick, warmUp);
			const appLoad = await load(app.origin, pick, duration);
			loads.push({
				database,
				scenario: scenario.name,
				kind: scenario.kind,
				path: scenario.path,
				bytes: pages.get(pathOnly(scenario.path))!.body.length,
				app: appLoad,
				floor: floorLoad,
				ratio: floorLoad.reqPerSec > 0 ? appLoad.reqPerSec / floorLoad.reqPerSec : 0
			});
		}

		if (wanted('mixed')) {
			log(
				`[${database}] mixed: ${connections} readers over ${mixed.length} pages as ` +
					`${sessions.length} users, one writer every ${writeIntervalMs} ms (${mixedDuration} s)`
			);
			const pick = (n: number) => mixedTargets[n % mixedTargets.length]!;
			const [readers, writes] = await Promise.all([
				load(app.origin, pick, mixedDuration),
				writeDocuments(app.origin, prepared.token, prepared.presidency, mixedDuration)
			]);
			mixedRow = {
				database,
				seconds: mixedDuration,
				pages: mixed.map((s) => s.name),
				users: sessions.length,
				readers,
				writes
			};
		}

		if (wanted('exports')) {
			// The largest consolidated report, as the Presidency downloads it, so the peak memory
			// below includes rendering it.
			for (const format of ['pdf', 'xlsx']) {
				const exportPath =
					`/api/v1/networks/${network}/reporting-cycles/${prepared.cycleId}/` +
					`consolidated.${format}`;
				log(`[${database}] consolidated ${format.toUpperCase()} × ${exportRepeats}`);
				const row: ExportRow = { database, format, path: exportPath, bytes: 0, ms: [] };
				for (let i = 0; i < exportRepeats; i++) {
					const start = performance.now();
					const page = await expectOk(app.origin, [
						{ path: exportPath, headers: { cookie: `session=${prepared.presidencySession}` } }
					]);
					row.ms.push(performance.now() - start);
					row.bytes = page.body.length;
				}
				exports.push(row);
			}
		}

		if (lighthouse) {
			log(`[${database}] Lighthouse (mobile) on ${lighthousePages.join(', ')}…`);
			lighthouse.push(...(await runLighthouse(lighthousePages.map((p) => app.origin + p))));
		}
		return {
			database,
			peakResidentMb: peakResidentMb(app.pid),
			data: { ...prepared.counts, users: prepared.users.length, presidency: prepared.presidency },
			loads,
			mixed: mixedRow,
			exports
		};
	} finally {
		await floor?.stop();
		await app.stop();
	}
}
const fixed = (value: number, digits = 0) => value.toFixed(digits);
const ratioText = (ratio: number) => (ratio > 0 ? `1/${fixed(1 / ratio, 1)}` : '—');
const metText = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'NOT MET');

function table(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
			.join('  ')
			.trimEnd();
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function budgetsOf(run: DatabaseRun): Budget[] {
	const limit = limits[run.database as Database];
	const budgets: Budget[] = [];
	for (const row of run.loads) {
		const share = row.kind === 'ssr' ? limit.ssrShare : limit.apiShare;
		budgets.push(
			{
				measure: `${run.database} ${row.scenario}: req/s vs floor`,
				value: ratioText(row.ratio),
				budget: `≥ 1/${share}`,
				met: row.ratio >= 1 / share
			},
			{
				measure: `${run.database} ${row.scenario}: p99 at ${connections} connections`,
				value: row.app.completed > 0 ? `${fixed(row.app.p99Ms)} ms` : 'no answer in the run',
				budget: `< ${limit.p99Ms} ms`,
				met: row.app.completed > 0 && row.app.p99Ms < limit.p99Ms
			},
			{
				measure: `${run.database} ${row.scenario}: errors`,
				value: String(row.app.errors),
				budget: '0',
				met: row.app.errors === 0
			}
		);
	}
	if (run.mixed) {
		const { readers, writes } = run.mixed;
		budgets.push(
			{
				measure: `${run.database} mixed run: errors (reads + writes)`,
				value: `${readers.errors} + ${writes.errors}`,
				budget: '0',
				met: readers.errors + writes.errors === 0
			},
			{
				measure: `${run.database} mixed run: readers' p99`,
				value: readers.completed > 0 ? `${fixed(readers.p99Ms)} ms` : 'no answer in the run',
				budget: `< ${mixedP99Ms} ms`,
				met: readers.completed > 0 && readers.p99Ms < mixedP99Ms
			}
		);
	}
	budgets.push({
		measure: `${run.database} server peak resident memory`,
		value: run.peakResidentMb === null ? '—' : `${fixed(run.peakResidentMb)} MB`,
		budget: `< ${memoryMb} MB`,
		met: run.peakResidentMb === null ? null : run.peakResidentMb < memoryMb
	});
	return budgets;
}

async function main(): Promise<void> {
	ensureBuild();
	rmSync(scratch, { recursive: true, force: true });
	mkdirSync(scratch, { recursive: true });
	mkdirSync(resultsDir, { recursive: true });

	log('UN CSV import on a cold embedded database…');
	const statistics = await runStatisticsBench();
	log(`Knowledge library of ${libraryDocuments} documents on the embedded database…`);
	const library = await runLibraryBench(libraryDocuments, libraryRounds);

	const runs: DatabaseRun[] = [];
	const skipped: { database: string; reason: string }[] = [];
	const weights = new Map<string, ClientWeight>();
	const lighthouse: LighthouseScores[] = [];
	let lighthouseNote: string | null = smoke ? 'skipped in the smoke run' : null;
	try {
		if (!onlyDatabase || onlyDatabase === 'pglite') {
			runs.push(
				await measureDatabase(
					'pglite',
					{ DATA_DIR: path.join(scratch, 'pglite') },
					weights,
					smoke ? null : lighthouse
				)
			);
		}
		if (!onlyDatabase || onlyDatabase === 'postgres') {
			const measureLighthouse = !smoke && runs.length === 0 ? lighthouse : null;
			if (process.env.DATABASE_URL) {
				runs.push(
					await measureDatabase(
						'postgres',
						{ DATABASE_URL: process.env.DATABASE_URL },
						weights,
						measureLighthouse
					)
				);
			} else if (hasPostgresBinaries()) {
				const clusterModule = pathToFileURL(path.join(root, 'scripts', 'postgres-cluster.js')).href;
				const { startThrowawayPostgres } = (await import(clusterModule)) as {
					startThrowawayPostgres(): Promise<{ url: string; stop(): void }>;
				};
				const cluster = await startThrowawayPostgres();
				try {
					runs.push(
						await measureDatabase(
							'postgres',
							{ DATABASE_URL: cluster.url },
							weights,
							measureLighthouse
						)
					);
				} finally {
					cluster.stop();
				}
			} else {
				skipped.push({
					database: 'postgres',
					reason: 'no DATABASE_URL and no PostgreSQL binaries on this machine'
				});
			}
		}
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
	if (!smoke && lighthouse.length === 0) lighthouseNote = 'no database was measured';

	const budgets: Budget[] = runs.flatMap(budgetsOf);
	const searchRow = library.find((r) => r.limit !== undefined);
	if (searchRow) {
		budgets.push({
			measure: `Library search p95, ${libraryDocuments.toLocaleString('en')} documents (PGlite)`,
			value: `${fixed(searchRow.value, 1)} ms`,
			budget: `< ${searchRow.limit} ms`,
			met: searchRow.value < searchRow.limit!
		});
	}
	const importRow = statistics.find((r) => r.name.startsWith('import of the full'));
	if (importRow) {
		budgets.push({
			measure: 'UN CSV import, full file, cold',
			value: `${fixed(importRow.value / 1000, 2)} s`,
			budget: '< 5 s',
			met: importRow.value < 5000
		});
	}
	for (const [page, weight] of weights) {
		budgets.push({
			measure: `JavaScript on ${page} (gzip)`,
			value: `${fixed(weight.jsGzipKb, 1)} KB`,
			budget: '≤ 50 KB',
			met: weight.jsGzipKb <= 50
		});
	}
	for (const page of lighthousePages) {
		const scores = lighthouse.find((s) => new URL(s.url).pathname === page);
		budgets.push(
			{
				measure: `Lighthouse performance ${page}`,
				value: scores?.performance?.toString() ?? scores?.error ?? lighthouseNote ?? '—',
				budget: '≥ 95',
				met: scores?.performance == null ? null : scores.performance >= 95
			},
			{
				measure: `Lighthouse accessibility ${page}`,
				value: scores?.accessibility?.toString() ?? scores?.error ?? lighthouseNote ?? '—',
				budget: '100',
				met: scores?.accessibility == null ? null : scores.accessibility === 100
			}
		);
	}

	const ms = (load: Load, value: number) => (load.completed > 0 ? fixed(value) : '—');
	const loadRows = runs.flatMap((run) => [
		...run.loads.map((row) => [
			`${row.scenario} (${row.kind})`,
			run.database,
			fixed(row.app.reqPerSec),
			ms(row.app, row.app.p50Ms),
			ms(row.app, row.app.p99Ms),
			String(row.app.errors),
			fixed(row.floor.reqPerSec),
			fixed(row.floor.p99Ms),
			ratioText(row.ratio),
			fixed(row.bytes / 1024, 1)
		]),
		...(run.mixed
			? [
					[
						'mixed readers (ssr)',
						run.database,
						fixed(run.mixed.readers.reqPerSec),
						ms(run.mixed.readers, run.mixed.readers.p50Ms),
						ms(run.mixed.readers, run.mixed.readers.p99Ms),
						String(run.mixed.readers.errors),
						'—',
						'—',
						'—',
						'—'
					]
				]
			: [])
	]);
	const otherRows: string[][] = [
		...statistics.map((r) => [`statistics: ${r.name}`, `${fixed(r.value, 1)} ${r.unit}`]),
		...library.map((r) => [`library: ${r.name}`, `${fixed(r.value, 1)} ${r.unit}`]),
		...runs.flatMap((run) => [
			[
				`${run.database} data`,
				`${run.data.documents} documents, ${run.data.events} events, ${run.data.decisions} ` +
					`decisions, ${run.data.cycles} cycles, ${run.data.users} users, Presidency ` +
					run.data.presidency
			],
			...(run.mixed
				? [
						[
							`${run.database} mixed run writer (${run.mixed.seconds} s)`,
							`${run.mixed.writes.done} writes, ${run.mixed.writes.errors} errors` +
								(run.mixed.writes.statuses.length
									? ` (status ${run.mixed.writes.statuses.join(', ')})`
									: '') +
								`, p50 ${fixed(run.mixed.writes.p50Ms)} ms, p99 ${fixed(run.mixed.writes.p99Ms)} ms`
						]
					]
				: []),
			...run.exports.map((e) => [
				`${run.database} consolidated ${e.format.toUpperCase()} as the Presidency`,
				`${fixed(e.bytes / 1024, 1)} KB, ${e.ms.map((t) => fixed(t)).join(' / ')} ms`
			]),
			[
				`${run.database} server peak resident memory (VmHWM)`,
				run.peakResidentMb === null ? '—' : `${fixed(run.peakResidentMb)} MB`
			]
		]),
		...[...weights].map(([page, w]) => [
			`client weight ${page}`,
			`JS ${fixed(w.jsGzipKb, 1)} KB in ${w.jsFiles} files, CSS ${fixed(w.cssGzipKb, 1)} KB in ` +
				`${w.cssFiles} (gzip)`
		]),
		...lighthouse.map((s) => [
			`Lighthouse mobile ${new URL(s.url).pathname}`,
			s.error
				? `could not run: ${s.error}`
				: `performance ${s.performance}, accessibility ${s.accessibility}`
		]),
		...(lighthouseNote ? [['Lighthouse', lighthouseNote]] : []),
		...skipped.map((s) => [`${s.database}`, `not measured: ${s.reason}`])
	];

	console.log(
		`\nBench ${smoke ? '(smoke) ' : ''}— ${duration} s per scenario, mixed run ${mixedDuration} s, ` +
			`${connections} connections, every request distinct, Node ${process.version}, ` +
			`${cpus().length} CPUs\n`
	);
	console.log(
		table(
			[
				'scenario',
				'db',
				'req/s',
				'p50 ms',
				'p99 ms',
				'errors',
				'floor req/s',
				'floor p99',
				'vs floor',
				'KB'
			],
			loadRows
		)
	);
	console.log('');
	console.log(table(['measure', 'result'], otherRows));
	console.log('');
	console.log(
		table(
			['budget', 'measured', 'budget', ''],
			budgets.map((b) => [b.measure, b.value, b.budget, metText(b.met)])
		)
	);

	// A partial run (one database, some scenarios) must not replace the figures of a whole one.
	const partial = onlyScenarios !== null || onlyDatabase !== null || profile;
	const file = path.join(
		resultsDir,
		smoke ? 'smoke.json' : partial ? 'partial.json' : 'latest.json'
	);
	writeFileSync(
		file,
		JSON.stringify(
			{
				date: new Date().toISOString(),
				mode: smoke ? 'smoke' : 'full',
				node: process.version,
				cpus: cpus().length,
				durationSeconds: duration,
				mixedDurationSeconds: mixedDuration,
				connections,
				databases: runs,
				skipped,
				statistics,
				library,
				clientWeight: Object.fromEntries(weights),
				lighthouse,
				budgets
			},
			null,
			'\t'
		) + '\n'
	);
	console.log(`\nWritten to ${path.relative(root, file)}`);
}

await main();
process.exit(0);

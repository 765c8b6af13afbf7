// `npm run bench`: the platform's production build under load on each database, beside the floor
// of this machine (a bare node:http server sending the same bytes), then the UN import, the
// client-side weight, the server's peak memory and Lighthouse. Prints one table of figures and
// one of budgets, and writes both to bench/results/. Benchmarks, not tests: it never fails on a
// figure, only when it cannot measure.
//
//   npm run bench                  the full run (10 s per scenario, 50 connections)
//   npm run bench -- --smoke       1 s per scenario, 100 documents, no Lighthouse
//   npm run bench -- --db=pglite --only=home --profile
//                                  one database, chosen scenarios, the server under --cpu-prof
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { clientWeight, type ClientWeight } from './lib/client-weight';
import { runLighthouse, type LighthouseScores } from './lib/lighthouse';
import { prepareData, network } from './lib/prepare-data';
import { peakResidentMb, startApp, startFloor, type FloorPage } from './lib/processes';
import runStatisticsBench from './statistics.bench';

const args = process.argv.slice(2);
const option = (name: string) =>
	args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? null;
const smoke = args.includes('--smoke');
const profile = args.includes('--profile');
const onlyScenarios = option('only')?.split(',') ?? null;
const onlyDatabase = option('db');
const duration = smoke ? 1 : 10;
const warmUp = smoke ? 0 : 2;
const connections = 50;
const documentCount = smoke ? 100 : 1000;

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, 'bench', 'results');
const scratch = path.join(root, '.tmp', `bench-${process.pid}`);

type Auth = 'none' | 'bearer' | 'cookie';
interface Scenario {
	name: string;
	path: string;
	kind: 'ssr' | 'api';
	auth: Auth;
	/** Sent with every request besides the credentials. */
	headers?: Record<string, string>;
}

// A reload with `Cache-Control: no-cache` skips the kept copies: these rows measure the rendering
// under row-level security itself, as a reader gets it after any change to the database.
const freshRender = { 'cache-control': 'no-cache' };

const allScenarios: Scenario[] = [
	{ name: 'home', path: '/', kind: 'ssr', auth: 'none' },
	{ name: 'statistics', path: '/statistics', kind: 'ssr', auth: 'none' },
	{
		name: 'contributions-api',
		path: '/api/v1/statistics/contributions?groupBy=country',
		kind: 'api',
		auth: 'none'
	},
	{
		name: 'documents-api',
		path: `/api/v1/networks/${network}/documents`,
		kind: 'api',
		auth: 'bearer'
	},
	{ name: 'documents-page', path: `/networks/${network}/documents`, kind: 'ssr', auth: 'cookie' },
	{
		name: 'documents-api-fresh',
		path: `/api/v1/networks/${network}/documents`,
		kind: 'api',
		auth: 'bearer',
		headers: freshRender
	},
	{
		name: 'documents-page-fresh',
		path: `/networks/${network}/documents`,
		kind: 'ssr',
		auth: 'cookie',
		headers: freshRender
	}
];
const scenarios = allScenarios.filter((s) => !onlyScenarios || onlyScenarios.includes(s.name));
const lighthousePages = ['/', '/statistics'];

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
interface DatabaseRun {
	database: string;
	peakResidentMb: number | null;
	documents: number;
	loads: LoadRow[];
}
interface Budget {
	measure: string;
	value: string;
	budget: string;
	met: boolean | null;
}

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
	console.log('Building the platform…');
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

async function load(url: string, headers: Record<string, string>, seconds: number): Promise<Load> {
	const result = await autocannon({ url, connections, duration: seconds, headers });
	return {
		reqPerSec: result.requests.average,
		p50Ms: result.latency.p50,
		p99Ms: result.latency.p99,
		errors: result.errors + result.timeouts + result.non2xx,
		completed: result.requests.total
	};
}

async function measureDatabase(
	database: string,
	options: { DATA_DIR: string } | { DATABASE_URL: string },
	weights: Map<string, ClientWeight>,
	lighthouse: LighthouseScores[] | null
): Promise<DatabaseRun> {
	console.log(`[${database}] preparing ${documentCount} documents…`);
	const prepared = await prepareData(
		'DATA_DIR' in options
			? { kind: 'pglite', dataDir: options.DATA_DIR }
			: { kind: 'postgres', url: options.DATABASE_URL },
		documentCount
	);
	const headersFor = (auth: Auth): Record<string, string> => {
		if (auth === 'bearer') return { authorization: `Bearer ${prepared.token}` };
		if (auth === 'cookie') return { cookie: `session=${prepared.sessionCookie}` };
		return {};
	};
	const profileDir = path.join(root, '.tmp', 'profiles');
	const app = await startApp({
		database: options,
		nodeArgs: profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []
	});
	const loads: LoadRow[] = [];
	let floor: Awaited<ReturnType<typeof startFloor>> | undefined;
	try {
		const pages = new Map<string, FloorPage>();
		for (const scenario of scenarios) {
			const response = await fetch(app.origin + scenario.path, {
				headers: headersFor(scenario.auth),
				redirect: 'manual'
			});
			const body = Buffer.from(await response.arrayBuffer());
			if (response.status !== 200) {
				throw new Error(`${scenario.path} answered ${response.status}: ${body.toString()}`);
			}
			pages.set(scenario.path, {
				status: response.status,
				contentType: response.headers.get('content-type') ?? 'application/octet-stream',
				body
			});
			if (scenario.kind === 'ssr' && !weights.has(scenario.path)) {
				weights.set(
					scenario.path,
					clientWeight(
						body.toString(),
						app.origin + scenario.path,
						path.join(root, 'build', 'client')
					)
				);
			}
		}
		floor = await startFloor(pages, path.join(scratch, `floor-${database}.json`));
		for (const scenario of scenarios) {
			const headers = { ...headersFor(scenario.auth), ...scenario.headers };
			console.log(`[${database}] ${scenario.name}: floor, then the platform (${duration} s each)`);
			const floorLoad = await load(floor.origin + scenario.path, headers, duration);
			if (warmUp > 0) await load(app.origin + scenario.path, headers, warmUp);
			const appLoad = await load(app.origin + scenario.path, headers, duration);
			loads.push({
				database,
				scenario: scenario.name,
				kind: scenario.kind,
				path: scenario.path,
				bytes: pages.get(scenario.path)!.body.length,
				app: appLoad,
				floor: floorLoad,
				ratio: floorLoad.reqPerSec > 0 ? appLoad.reqPerSec / floorLoad.reqPerSec : 0
			});
		}
		if (lighthouse) {
			console.log(`[${database}] Lighthouse (mobile) on ${lighthousePages.join(', ')}…`);
			lighthouse.push(...(await runLighthouse(lighthousePages.map((p) => app.origin + p))));
		}
		return {
			database,
			peakResidentMb: peakResidentMb(app.pid),
			documents: prepared.documents,
			loads
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

async function main(): Promise<void> {
	ensureBuild();
	rmSync(scratch, { recursive: true, force: true });
	mkdirSync(scratch, { recursive: true });
	mkdirSync(resultsDir, { recursive: true });

	console.log('UN CSV import on a cold embedded database…');
	const statistics = await runStatisticsBench();

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

	const budgets: Budget[] = [];
	for (const run of runs) {
		for (const row of run.loads) {
			const floorShare = row.kind === 'ssr' ? 15 : 5;
			budgets.push(
				{
					measure: `${run.database} ${row.scenario}: req/s vs floor`,
					value: ratioText(row.ratio),
					budget: `≥ 1/${floorShare}`,
					met: row.ratio >= 1 / floorShare
				},
				{
					measure: `${run.database} ${row.scenario}: p99`,
					value: row.app.completed > 0 ? `${fixed(row.app.p99Ms)} ms` : 'no answer in the run',
					budget: '< 50 ms',
					met: row.app.completed > 0 && row.app.p99Ms < 50
				},
				{
					measure: `${run.database} ${row.scenario}: errors`,
					value: String(row.app.errors),
					budget: '0',
					met: row.app.errors === 0
				}
			);
		}
		budgets.push({
			measure: `${run.database} server peak resident memory`,
			value: run.peakResidentMb === null ? '—' : `${fixed(run.peakResidentMb)} MB`,
			budget: '< 300 MB',
			met: run.peakResidentMb === null ? null : run.peakResidentMb < 300
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

	const loadRows = runs.flatMap((run) =>
		run.loads.map((row) => [
			`${row.scenario} (${row.kind})`,
			run.database,
			fixed(row.app.reqPerSec),
			row.app.completed > 0 ? fixed(row.app.p50Ms) : '—',
			row.app.completed > 0 ? fixed(row.app.p99Ms) : '—',
			String(row.app.errors),
			fixed(row.floor.reqPerSec),
			fixed(row.floor.p99Ms),
			ratioText(row.ratio),
			fixed(row.bytes / 1024, 1)
		])
	);
	const otherRows: string[][] = [
		...statistics.map((r) => [`statistics: ${r.name}`, `${fixed(r.value, 1)} ${r.unit}`]),
		...[...weights].map(([page, w]) => [
			`client weight ${page}`,
			`JS ${fixed(w.jsGzipKb, 1)} KB in ${w.jsFiles} files, CSS ${fixed(w.cssGzipKb, 1)} KB in ` +
				`${w.cssFiles} (gzip)`
		]),
		...runs.map((run) => [
			`${run.database} server peak resident memory (VmHWM)`,
			run.peakResidentMb === null ? '—' : `${fixed(run.peakResidentMb)} MB`
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
		`\nBench ${smoke ? '(smoke) ' : ''}— ${duration} s per scenario, ${connections} connections, ` +
			`${documentCount} documents, Node ${process.version}, ${cpus().length} CPUs\n`
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
				connections,
				databases: runs,
				skipped,
				statistics,
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

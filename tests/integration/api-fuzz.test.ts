import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/lib/server/auth/create-api-token';
import { startTestApp, type TestApp } from './support/app';
import { newTestNetwork } from './support/factories';
import { testDbKind } from './support/test-db';

/**
 * Property-based fuzzing of every operation the OpenAPI description lists: malformed path
 * parameters, query strings and bodies, sent anonymously and as a signed-in member. Whatever
 * comes in, the answer is never a 5xx, every error is problem+json, and a refused request leaves
 * the database as it was. CI runs a short, fixed-seed pass; `npm run fuzz` a long one
 * (FUZZ_RUNS cases per operation and caller, FUZZ_SEED to replay a failure).
 */
const runs = Number(process.env.FUZZ_RUNS ?? 50);
const seed = Number(process.env.FUZZ_SEED ?? 20261201);

interface Operation {
	method: string;
	path: string;
	query: string[];
	bodyProperties: string[] | null;
}

/** Values a client might send by mistake or on purpose, already encoded for a URL. */
const hostileSegments = [
	'..',
	'%2e%2e',
	'..%2f..%2fetc%2fpasswd',
	'%00',
	'%ZZ',
	'%C0%AF',
	'%EF%BF%BF',
	'%F0%9F',
	'-1',
	'0',
	'99999999999999999999',
	'1e309',
	'NaN',
	'null',
	'undefined',
	'%20',
	'%0d%0aX-Injected:%201',
	'%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	"'%20OR%20'1'%3D'1",
	'a'.repeat(3000),
	'00000000-0000-0000-0000-000000000000',
	'ARG',
	'relacopaz',
	'2027'
];

const segment = fc.oneof(
	fc.constantFrom(...hostileSegments),
	fc.string({ unit: 'binary', maxLength: 40 }).map(encodeURIComponent),
	fc.uuid(),
	fc.integer().map(String)
);

const queryValue = fc.oneof(
	fc.constantFrom(...hostileSegments),
	fc.string({ unit: 'binary', maxLength: 60 }).map(encodeURIComponent),
	fc.integer().map(String),
	fc.constantFrom('true', 'false', '', '[]', '{}', '2027-02-30', '9999-99-99')
);

function bodyArbitrary(properties: string[]) {
	const known = properties.length > 0 ? fc.constantFrom(...properties) : fc.string();
	return fc.oneof(
		fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
		fc
			.dictionary(known, fc.jsonValue({ maxDepth: 3 }), { maxKeys: properties.length + 2 })
			.map((v) => JSON.stringify(v)),
		fc.string({ unit: 'binary', maxLength: 200 }),
		fc.constantFrom('{"a":', '[', '{"title":"\\ud800"}', '{"title":"a\\u0000b"}', 'null', '""')
	);
}

/** The rows of a raw query, from either driver (both answer `{ rows }`). */
function rowsOf<T>(result: unknown): T[] {
	return (result as { rows: T[] }).rows;
}

interface Case {
	segments: string[];
	query: [string, string][];
	body: string;
	contentType: string;
	signedIn: boolean;
}

describe(`fuzzing the API from its OpenAPI description on ${testDbKind}`, () => {
	let app: TestApp;
	let token: string;
	const operations: Operation[] = [];
	let watchedTables: string[] = [];

	beforeAll(async () => {
		app = await startTestApp();
		const network = await newTestNetwork(app.db);
		const member = await network.newUser(await network.newParticipant('member'), {
			role: 'focal_point'
		});
		token = (await createApiToken(app.db, member.actor, 'fuzz')).token;
		const answer = await app.request('/api/v1/openapi.json');
		const document = (await answer.json()) as {
			paths: Record<
				string,
				Record<
					string,
					{
						parameters?: { name: string; in: string }[];
						requestBody?: {
							content: Record<string, { schema: { properties?: Record<string, unknown> } }>;
						};
					}
				>
			>;
		};
		for (const [path, methods] of Object.entries(document.paths)) {
			for (const [method, operation] of Object.entries(methods)) {
				const schema = operation.requestBody?.content['application/json']?.schema;
				operations.push({
					method: method.toUpperCase(),
					path,
					query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
					bodyProperties: operation.requestBody ? Object.keys(schema?.properties ?? {}) : null
				});
			}
		}
		// Tables whose rows a refused request must not touch. Left out: what every request may
		// write (the audit of reads, the token's last use, sign-in records) and the imported
		// statistics, which no API call writes and which are too large to sum for every case.
		const tables = await app.db.execute(
			sql`SELECT table_name AS name FROM information_schema.tables
				WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`
		);
		watchedTables = rowsOf<{ name: string }>(tables)
			.map((r) => r.name)
			.filter(
				(name) => !/audit|api_tokens|login_attempts|sessions|^un_|statistic|drizzle/.test(name)
			)
			.sort();
	}, 180_000);

	afterAll(async () => {
		await app?.close();
	});

	/** Every row's version of every watched table: any insert, update or delete changes it. */
	async function fingerprint(): Promise<string> {
		const parts = watchedTables.map(
			(name) =>
				sql`SELECT ${name}::text AS t, count(*)::text AS n, coalesce(sum(xmin::text::bigint), 0)::text AS x FROM ${sql.identifier(name)}`
		);
		return JSON.stringify(rowsOf(await app.db.execute(sql.join(parts, sql` UNION ALL `))));
	}

	it('has operations to fuzz', () => {
		expect(operations.length).toBeGreaterThan(20);
	});

	it('never answers 5xx, answers every error in problem+json, and refused writes change nothing', async () => {
		const started = Date.now();
		let cases = 0;
		for (const operation of operations) {
			const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
			const writes = operation.method !== 'GET';
			const arbitrary = fc.record({
				segments: fc.tuple(...names.map(() => segment)),
				query: fc.array(
					fc.tuple(
						operation.query.length > 0
							? fc.oneof(fc.constantFrom(...operation.query), fc.constant('unknown'))
							: fc.constant('unknown'),
						queryValue
					),
					{ maxLength: 4 }
				),
				body: operation.bodyProperties ? bodyArbitrary(operation.bodyProperties) : fc.constant(''),
				contentType: fc.constantFrom('application/json', 'application/json', 'text/plain', ''),
				signedIn: fc.boolean()
			});
			await fc.assert(
				fc.asyncProperty(arbitrary, async (c: Case) => {
					cases++;
					let path = `/api/v1${operation.path}`;
					names.forEach((name, i) => (path = path.replace(`{${name}}`, c.segments[i]!)));
					const query = c.query.map(([k, v]) => `${k}=${v}`).join('&');
					const headers: Record<string, string> = { origin: app.origin };
					if (c.signedIn) headers.authorization = `Bearer ${token}`;
					if (c.contentType) headers['content-type'] = c.contentType;
					const before = writes ? await fingerprint() : '';
					const response = await app.request(query ? `${path}?${query}` : path, {
						method: operation.method,
						headers,
						body: writes && operation.bodyProperties ? c.body : undefined
					});
					const label = `${operation.method} ${path}?${query} → ${response.status}`;
					expect(response.status, label).toBeLessThan(500);
					if (response.status >= 400) {
						expect(response.headers.get('content-type'), label).toMatch(
							/^application\/problem\+json/
						);
						const problem = (await response.json()) as { status?: number; title?: string };
						expect(problem.status, label).toBe(response.status);
						expect(problem.title, label).toBeTruthy();
						if (writes) expect(await fingerprint(), label).toBe(before);
					} else {
						await response.arrayBuffer();
					}
				}),
				{ numRuns: runs, seed, endOnFailure: true }
			);
		}
		console.log(
			`fuzzed ${operations.length} operations × ${runs} cases = ${cases} requests in ${Math.round((Date.now() - started) / 1000)} s`
		);
	}, 900_000);
});

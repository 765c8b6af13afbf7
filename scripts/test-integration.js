// Runs the integration suite twice: on the embedded database and on a PostgreSQL server
// (DATABASE_URL, or a throwaway cluster).
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { startThrowawayPostgres } from './postgres-cluster.js';

/** Test files leave their databases behind; with the test process gone, nothing holds them. */
async function dropTestDatabases(url) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		const { rows } = await client.query(
			"SELECT datname FROM pg_database WHERE datname ~ '^(t|cli)_[0-9a-f]{12}$'"
		);
		for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}"`);
	} finally {
		await client.end();
	}
}

const extra = process.argv.slice(2);
function vitest(env, name) {
	console.log(`\n=== integration tests on ${name} ===`);
	const report = process.env.REPORT_DIR
		? [`--outputFile.json=${process.env.REPORT_DIR}/integration-${env.TEST_DB}.json`]
		: [];
	const result = spawnSync(
		'npx',
		['vitest', 'run', '--project', 'integration', ...extra, ...report],
		{ stdio: 'inherit', env: { ...process.env, ...env } }
	);
	return result.status === 0;
}

let ok = vitest({ TEST_DB: 'pglite', DATABASE_URL: '' }, 'PGlite');
let cluster;
try {
	let url = process.env.DATABASE_URL;
	if (!url) {
		cluster = await startThrowawayPostgres();
		url = cluster.url;
	}
	ok =
		vitest({ TEST_DB: 'postgres', TEST_DATABASE_URL: url, DATABASE_URL: '' }, 'PostgreSQL') && ok;
	await dropTestDatabases(url);
} finally {
	cluster?.stop();
}
process.exit(ok ? 0 : 1);

// Runs the integration suite twice: on the embedded database and on a PostgreSQL server
// (DATABASE_URL, or a throwaway cluster).
import { spawnSync } from 'node:child_process';
import { startThrowawayPostgres } from './postgres-cluster.js';

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
} finally {
	cluster?.stop();
}
process.exit(ok ? 0 : 1);

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../../src/lib/server/db/client';

export const testDbKind: 'pglite' | 'postgres' =
	process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/**
 * A migrated database for one test file: in-memory PGlite, or a fresh database on the PostgreSQL
 * server given by TEST_DATABASE_URL, dropped afterwards.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
	if (testDbKind === 'pglite') {
		const handle = await openDatabase({ kind: 'pglite', dataDir: null });
		await handle.migrate();
		return handle;
	}
	const adminUrl = process.env.TEST_DATABASE_URL;
	if (!adminUrl) throw new Error('TEST_DATABASE_URL is required when TEST_DB=postgres');
	const name = `t_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 8 });
	await handle.migrate();
	// The database is left for scripts/test-integration.js to drop once every connection is gone:
	// dropping it here races the pool's last sockets.
	return handle;
}

/**
 * Two independent handles on one database, as two application processes would have: on
 * PostgreSQL two connection pools; PGlite is single-process, so there both are the one handle.
 */
export async function openTwoProcesses(): Promise<{
	first: DatabaseHandle;
	second: DatabaseHandle;
	close: () => Promise<void>;
}> {
	if (testDbKind === 'pglite') {
		const only = await openTestDatabase();
		return { first: only, second: only, close: () => only.close() };
	}
	const adminUrl = process.env.TEST_DATABASE_URL!;
	const name = `t_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const first = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
	const second = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
	// Both "processes" migrate at start, as the runtime does; the advisory lock orders them.
	await Promise.all([first.migrate(), second.migrate()]);
	return {
		first,
		second,
		async close() {
			await first.close();
			await second.close();
		}
	};
}

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
	return {
		...handle,
		async close() {
			await handle.close();
			const cleanup = new pg.Client({ connectionString: adminUrl });
			await cleanup.connect();
			await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await cleanup.end();
		}
	};
}

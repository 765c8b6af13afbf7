import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema';
import { lockDataDir } from './lock';
import { PgliteWorker } from './pglite-worker';
import { PreparingClient } from './preparing-client';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** A database or an open transaction: repository functions accept either. */
export type Queryable = Database | Transaction;

export interface DatabaseHandle {
	db: Database;
	kind: 'pglite' | 'postgres';
	migrate(): Promise<void>;
	close(): Promise<void>;
}

export type DatabaseOptions =
	{ kind: 'postgres'; url: string; poolSize?: number } | { kind: 'pglite'; dataDir: string | null };

/** `DB_LOG_QUERIES=1` prints every statement the application sends, to see what a page costs. */
const logQueries = () => process.env.DB_LOG_QUERIES === '1';

const migrationsFolder = () => resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');

/** DATABASE_URL selects a PostgreSQL server; otherwise the embedded database in DATA_DIR. */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
	if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
	return { kind: 'pglite', dataDir: resolve(env.DATA_DIR ?? 'data') };
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
	if (options.kind === 'postgres') return openPostgres(options.url, options.poolSize ?? 10);
	return openPglite(options.dataDir);
}

async function openPglite(dataDir: string | null): Promise<DatabaseHandle> {
	let release = () => {};
	if (dataDir) {
		mkdirSync(dataDir, { recursive: true });
		release = lockDataDir(dataDir);
	}
	let client: PgliteWorker;
	try {
		client = await PgliteWorker.open(
			dataDir ? resolve(dataDir, 'pgdata') : undefined,
			// The embedded server lives in this process's memory; the platform's data is tens of
			// megabytes and the files stay in the operating system's cache, so PostgreSQL's default
			// 128 MB of shared buffers would mostly hold empty pages.
			[...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB']
		);
	} catch (error) {
		release();
		throw error;
	}
	const db = drizzlePglite({
		client: client as unknown as PGlite,
		schema,
		logger: logQueries()
	}) as unknown as Database;
	return {
		db,
		kind: 'pglite',
		migrate: () => migratePglite(db as never, { migrationsFolder: migrationsFolder() }),
		async close() {
			try {
				if (!client.closed) await client.close();
			} finally {
				release();
			}
		}
	};
}

async function openPostgres(url: string, poolSize: number): Promise<DatabaseHandle> {
	const pool = new pg.Pool({ connectionString: url, max: poolSize, Client: PreparingClient });
	let closing = false;
	// An idle connection can be cut by the server (a restart, or the end of a test database); the
	// pool replaces it, so it must not bring the process down as an unhandled error.
	pool.on('error', (error) => {
		if (!closing) console.error('A database connection was lost:', error.message);
	});
	const db = drizzlePg(pool, { schema, logger: logQueries() }) as unknown as Database;
	return {
		db,
		kind: 'postgres',
		async migrate() {
			// Two processes starting at once must not both apply the same migration.
			const lockClient = await pool.connect();
			try {
				await lockClient.query('SELECT pg_advisory_lock(724100)');
				await migratePg(db as never, { migrationsFolder: migrationsFolder() });
			} finally {
				await lockClient.query('SELECT pg_advisory_unlock(724100)').catch(() => undefined);
				lockClient.release();
			}
		},
		close: () => {
			closing = true;
			return pool.end();
		}
	};
}

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

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** A database or an open transaction: repository functions accept either. */
export type Queryable = Database | Transaction;

export interface DatabaseHandle {
	db: Database;
	kind: 'pglite' | 'postgres';
	migrate(): Promise<void>;
	/**
	 * Follows the notifications on `channel`. `connected(false)` says notifications may be missed
	 * from now on (the listening connection dropped); `connected(true)` that they flow again.
	 */
	listen(channel: string, listener: NotificationListener): Promise<() => Promise<void>>;
	close(): Promise<void>;
}

export interface NotificationListener {
	notify(payload: string): void;
	connected(isConnected: boolean): void;
}

export type DatabaseOptions =
	{ kind: 'postgres'; url: string; poolSize?: number } | { kind: 'pglite'; dataDir: string | null };

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
	let client: PGlite;
	try {
		client = new PGlite(dataDir ? resolve(dataDir, 'pgdata') : undefined, {
			// The embedded server lives in this process's memory; the platform's data is tens of
			// megabytes and the files stay in the operating system's cache, so PostgreSQL's default
			// 128 MB of shared buffers would mostly hold empty pages.
			startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB']
		});
		await client.waitReady;
	} catch (error) {
		release();
		throw error;
	}
	const db = drizzlePglite(client, { schema }) as unknown as Database;
	return {
		db,
		kind: 'pglite',
		migrate: () => migratePglite(db as never, { migrationsFolder: migrationsFolder() }),
		async listen(channel, listener) {
			// One session serves the whole process, and a session hears its own notifications.
			const unlisten = await client.listen(channel, (payload) => listener.notify(payload));
			listener.connected(true);
			return async () => {
				if (!client.closed) await unlisten();
			};
		},
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
	const pool = new pg.Pool({ connectionString: url, max: poolSize });
	let closing = false;
	// An idle connection can be cut by the server (a restart, or the end of a test database); the
	// pool replaces it, so it must not bring the process down as an unhandled error.
	pool.on('error', (error) => {
		if (!closing) console.error('A database connection was lost:', error.message);
	});
	const db = drizzlePg(pool, { schema }) as unknown as Database;
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
		listen: (channel, listener) => listenOnPostgres(url, channel, listener),
		close: () => {
			closing = true;
			return pool.end();
		}
	};
}

const relistenDelayMs = 1000;

/** A dedicated connection holds the LISTEN; when it drops, a new one takes over. */
async function listenOnPostgres(
	url: string,
	channel: string,
	listener: NotificationListener
): Promise<() => Promise<void>> {
	let stopped = false;
	let current: pg.Client | null = null;
	let retry: NodeJS.Timeout | undefined;

	const connect = async (): Promise<void> => {
		const client = new pg.Client({ connectionString: url });
		client.on('notification', (message) => listener.notify(message.payload ?? ''));
		client.on('error', () => lost(client));
		client.on('end', () => lost(client));
		await client.connect();
		await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
		if (stopped) {
			await client.end();
			return;
		}
		current = client;
		listener.connected(true);
	};
	const lost = (client: pg.Client) => {
		if (current !== client) return;
		current = null;
		listener.connected(false);
		client.end().catch(() => undefined);
		if (!stopped) scheduleReconnect();
	};
	const scheduleReconnect = () => {
		retry = setTimeout(() => {
			connect().catch((error: Error) => {
				console.error('Could not follow database changes:', error.message);
				if (!stopped) scheduleReconnect();
			});
		}, relistenDelayMs);
		retry.unref();
	};

	await connect();
	return async () => {
		stopped = true;
		clearTimeout(retry);
		const client = current;
		current = null;
		await client?.end();
	};
}

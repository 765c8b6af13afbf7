import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/lib/server/db/client';

export interface CliResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

const projectRoot = resolve(import.meta.dirname, '../..');
const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');

/** Runs the real CLI in its own process, as an operator would, with English messages. */
export function runCliProcess(args: string[], env: Record<string, string>): Promise<CliResult> {
	return new Promise((done, fail) => {
		const child = spawn(tsx, ['src/cli/main.ts', ...args], {
			cwd: projectRoot,
			env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8', ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', fail);
		child.on('close', (code) => done({ code, stdout, stderr }));
	});
}

/** A database for the CLI to work on: an embedded one in a fresh directory, or a fresh PostgreSQL one. */
export interface CliTarget {
	kind: 'pglite' | 'postgres';
	env: Record<string, string>;
	dataDir: string | null;
	/** Opens the same database in this process; with PGlite, only while no CLI process runs. */
	open(): Promise<DatabaseHandle>;
	dispose(): Promise<void>;
}

export async function newCliTarget(kind: 'pglite' | 'postgres'): Promise<CliTarget> {
	if (kind === 'pglite') {
		const dataDir = mkdtempSync(join(tmpdir(), 'platform-cli-'));
		return {
			kind,
			env: { DATABASE_URL: '', DATA_DIR: dataDir },
			dataDir,
			open: () => openDatabase({ kind: 'pglite', dataDir }),
			dispose: async () => rmSync(dataDir, { recursive: true, force: true })
		};
	}
	const adminUrl = process.env.TEST_DATABASE_URL;
	if (!adminUrl) throw new Error('TEST_DATABASE_URL is required when TEST_DB=postgres');
	const name = `cli_${randomBytes(6).toString('hex')}`;
	await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		kind,
		env: { DATABASE_URL: url.toString(), DATA_DIR: '' },
		dataDir: null,
		open: () => openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 }),
		// Dropped with the other test databases at the end of the run, once no connection remains.
		dispose: () => Promise.resolve()
	};
}

async function adminQuery(url: string, text: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(text);
	} finally {
		await client.end();
	}
}

/** Opens a target's database, runs `work` and closes it again (PGlite flushes on close). */
export async function withTarget<T>(
	target: CliTarget,
	work: (db: Database) => Promise<T>
): Promise<T> {
	const handle = await target.open();
	try {
		return await work(handle.db);
	} finally {
		await handle.close();
	}
}

/**
 * A table's rows exactly as PostgreSQL renders them, in primary-key order; a document's search
 * vector aside, which each database derives with the stemmers of its own version.
 */
export async function tableContents(
	db: Database,
	table: string,
	orderBy: string[]
): Promise<string[]> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`SET LOCAL TimeZone = 'UTC'`);
		const order = sql.join(
			orderBy.map((column) => sql.identifier(column)),
			sql`, `
		);
		const result = await tx.execute(
			sql`SELECT (to_jsonb(t) - 'search_vector')::text AS row FROM ${sql.identifier(table)} t ORDER BY ${order}`
		);
		return (result as unknown as { rows: { row: string }[] }).rows.map((r) => r.row);
	});
}

/** A small but well-formed PDF, to check that files survive byte for byte. */
export function samplePdf(text: string): Buffer {
	return Buffer.from(
		`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n% ${text}\n` +
			`${randomBytes(64).toString('binary')}\n%%EOF\n`,
		'binary'
	);
}

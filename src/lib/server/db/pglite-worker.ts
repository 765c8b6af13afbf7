import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The embedded database in a thread of its own. PGlite executes every statement synchronously
 * in WebAssembly, and its result parsing runs in JavaScript; in the server's thread both would
 * stop every other request from rendering meanwhile. Here the database works on the machine's
 * second core while the server's thread renders, and the thread speaks to it in messages.
 *
 * The host below is the whole of the other side: it opens PGlite, runs what it is sent, and keeps
 * each open transaction until it is told to commit or roll back. Values cross as structured
 * clones; timestamps and dates stay the strings the query layer asks for.
 */
const host = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.pglitePath);
const { unaccent } = require(workerData.unaccentPath);
const identity = (value) => value;
const parsersFor = (types) => Object.fromEntries((types || []).map((t) => [t, identity]));
const rollback = Symbol('rollback');
const transactions = new Map();
let nextTransaction = 1;
let db;

function failure(error) {
	const fields = {};
	for (const key of ['code', 'detail', 'hint', 'position', 'schema', 'table', 'column', 'constraint', 'severity', 'routine', 'where']) {
		if (error && error[key] !== undefined) fields[key] = error[key];
	}
	return { message: (error && error.message) || String(error), fields };
}

async function begin() {
	const id = nextTransaction++;
	let started;
	let finish;
	const ready = new Promise((resolve) => (started = resolve));
	const finished = new Promise((resolve) => (finish = resolve));
	const ended = db
		.transaction(async (tx) => {
			transactions.set(id, { tx, finish });
			started();
			if (!(await finished)) throw rollback;
		})
		.catch((error) => {
			if (error !== rollback) throw error;
		})
		.finally(() => transactions.delete(id));
	transactions.set(id, { ended });
	await Promise.race([ready, ended]);
	const entry = transactions.get(id);
	if (!entry) throw new Error('The transaction could not begin');
	entry.ended = ended;
	return id;
}

async function end(id, commit) {
	const entry = transactions.get(id);
	if (!entry) return;
	entry.finish(commit);
	await entry.ended;
}

function target(id) {
	if (id === undefined || id === null) return db;
	const entry = transactions.get(id);
	if (!entry || !entry.tx) throw new Error('The transaction has already ended');
	return entry.tx;
}

async function run(message) {
	switch (message.op) {
		case 'open':
			// One options object: given a directory of undefined as its first argument, PGlite would
			// ignore the options that follow it.
			db = new PGlite({
				dataDir: message.dataDir || undefined,
				...(message.startParams && message.startParams.length > 0
					? { startParams: message.startParams }
					: {}),
				extensions: { unaccent }
			});
			await db.waitReady;
			return null;
		case 'query': {
			const result = await target(message.tx).query(message.sql, message.params, {
				rowMode: message.rowMode,
				parsers: parsersFor(message.rawTypes)
			});
			return { rows: result.rows, fields: result.fields, affectedRows: result.affectedRows };
		}
		case 'exec':
			return (await target(message.tx).exec(message.sql)).map((r) => ({
				rows: r.rows,
				fields: r.fields,
				affectedRows: r.affectedRows
			}));
		case 'begin':
			return begin();
		case 'end':
			return end(message.tx, message.commit);
		case 'close':
			if (db && !db.closed) await db.close();
			return null;
		default:
			throw new Error('Unknown operation ' + message.op);
	}
}

parentPort.on('message', (message) => {
	run(message).then(
		(result) => parentPort.postMessage({ id: message.id, ok: true, result }),
		(error) => parentPort.postMessage({ id: message.id, ok: false, error: failure(error) })
	);
});
`;

type Row = Record<string, unknown> | unknown[];
export interface QueryResult {
	rows: Row[];
	fields: { name: string; dataTypeID: number }[];
	affectedRows?: number;
}
interface QueryOptions {
	rowMode?: 'array' | 'object';
	parsers?: Record<number, (value: string) => unknown>;
}
type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: Failure };
interface Failure {
	message: string;
	fields: Record<string, unknown>;
}

/** A refusal from the database, with PostgreSQL's fields (`code`, `constraint`, …) as PGlite gives them. */
export class DatabaseError extends Error {
	constructor(failure: Failure) {
		super(failure.message);
		this.name = 'DatabaseError';
		Object.assign(this, failure.fields);
	}
}

/** What the query layer needs of a connection: PGlite's own interface, over messages. */
export interface RemoteConnection {
	query(sql: string, params?: unknown[], options?: QueryOptions): Promise<QueryResult>;
	exec(sql: string): Promise<QueryResult[]>;
	transaction<T>(work: (tx: RemoteTransaction) => Promise<T>): Promise<T>;
}

export interface RemoteTransaction extends RemoteConnection {
	readonly closed: boolean;
}

export class PgliteWorker implements RemoteConnection {
	#worker: Worker;
	#pending = new Map<number, { resolve: (value: unknown) => void; reject: (e: unknown) => void }>();
	#next = 1;
	#closed = false;

	private constructor() {
		const require = createRequire(import.meta.url);
		const pglitePath = require.resolve('@electric-sql/pglite');
		// Search drops accents with PostgreSQL's unaccent, which PGlite ships as a loadable extension.
		const unaccentPath = require.resolve('@electric-sql/pglite/contrib/unaccent');
		this.#worker = new Worker(host, {
			eval: true,
			workerData: { pglitePath, unaccentPath },
			// The thread holds only result rows on their way out; PGlite's own memory is WebAssembly's.
			resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 }
		});
		this.#worker.on('message', (reply: Reply) => {
			const waiting = this.#pending.get(reply.id);
			if (!waiting) return;
			this.#pending.delete(reply.id);
			if (reply.ok) waiting.resolve(reply.result);
			else waiting.reject(new DatabaseError(reply.error));
		});
		this.#worker.on('error', (error) => this.#failAll(error));
		this.#worker.on('exit', (code) => {
			this.#closed = true;
			this.#failAll(new Error(`The database thread stopped (exit code ${code})`));
		});
	}

	static async open(dataDir: string | undefined, startParams: string[]): Promise<PgliteWorker> {
		const worker = new PgliteWorker();
		try {
			await worker.#send({ op: 'open', dataDir, startParams });
		} catch (error) {
			await worker.#worker.terminate();
			throw error;
		}
		return worker;
	}

	get closed(): boolean {
		return this.#closed;
	}

	query(sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<QueryResult> {
		return this.#query(undefined, sql, params, options);
	}

	exec(sql: string): Promise<QueryResult[]> {
		return this.#send({ op: 'exec', sql }) as Promise<QueryResult[]>;
	}

	async transaction<T>(work: (tx: RemoteTransaction) => Promise<T>): Promise<T> {
		const id = (await this.#send({ op: 'begin' })) as number;
		let ended = false;
		const tx: RemoteTransaction = {
			query: (sql: string, params: unknown[] = [], options: QueryOptions = {}) =>
				this.#query(id, sql, params, options),
			exec: (sql: string) => this.#send({ op: 'exec', sql, tx: id }) as Promise<QueryResult[]>,
			// A nested transaction is a savepoint the query layer issues itself, on this one.
			transaction: <U>(inner: (t: RemoteTransaction) => Promise<U>) => inner(tx),
			get closed() {
				return ended;
			}
		};
		let result: T;
		try {
			result = await work(tx);
		} catch (error) {
			ended = true;
			await this.#send({ op: 'end', tx: id, commit: false }).catch(() => undefined);
			throw error;
		}
		ended = true;
		await this.#send({ op: 'end', tx: id, commit: true });
		return result;
	}

	async close(): Promise<void> {
		if (this.#closed) return;
		await this.#send({ op: 'close' });
		this.#closed = true;
		await this.#worker.terminate();
	}

	#query(
		tx: number | undefined,
		sql: string,
		params: unknown[],
		options: QueryOptions
	): Promise<QueryResult> {
		return this.#send({
			op: 'query',
			tx,
			sql,
			params,
			rowMode: options.rowMode ?? 'object',
			// The query layer asks for some types raw (identity parsers); the names travel, not functions.
			rawTypes: Object.keys(options.parsers ?? {}).map(Number)
		}) as Promise<QueryResult>;
	}

	#send(message: Record<string, unknown>): Promise<unknown> {
		if (this.#closed) return Promise.reject(new Error('The database is closed'));
		const id = this.#next++;
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject });
			this.#worker.postMessage({ ...message, id });
		});
	}

	#failAll(error: unknown): void {
		for (const waiting of this.#pending.values()) waiting.reject(error);
		this.#pending.clear();
	}
}

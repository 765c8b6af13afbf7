import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import type { Database, Transaction } from './client';
import type { Actor } from '../access/actor';

/**
 * Runs `work` in one transaction as the non-superuser role platform_app, with the acting user
 * set for row-level security. Every read or write of protected records goes through here.
 *
 * Inside a read request (see `runReadRequest`) every call for the same actor shares one
 * transaction: a page's layout and its loads then cost one BEGIN, one role switch and one COMMIT
 * instead of one each, which on the embedded database is most of a page's database time.
 */
export function withActor<T>(
	db: Database,
	actor: Actor,
	work: (tx: Transaction) => Promise<T>
): Promise<T> {
	const unit = readRequests.getStore();
	if (unit) return unit.run(db, actor, work);
	return ownTransaction(db, actor, work);
}

function ownTransaction<T>(
	db: Database,
	actor: Actor,
	work: (tx: Transaction) => Promise<T>
): Promise<T> {
	return db.transaction(async (tx) => {
		await actAs(tx, actor);
		return work(tx);
	});
}

function actAs(tx: Transaction, actor: Actor) {
	return tx.execute(
		sql`SELECT set_config('app.user_id', ${actor.userId ?? ''}, true), set_config('role', 'platform_app', true)`
	);
}

/**
 * Runs `work` in one transaction as the database owner, bypassing row-level security. Only for
 * system work that has no acting participant: migrations, seeding, authentication, export and
 * backup. Callers are named `unsafe…` and say why they need it.
 */
export function unsafeWithSystem<T>(
	db: Database,
	work: (tx: Transaction) => Promise<T>
): Promise<T> {
	return db.transaction(work);
}

interface OpenTransaction {
	db: Database;
	userId: string | null;
	tx: Promise<Transaction>;
	/** Calls still working in it. */
	pending: number;
	/** Set when a statement failed: PostgreSQL refuses every later statement of the transaction. */
	broken: boolean;
	release: () => void;
	ended: Promise<void>;
}

/**
 * The database work of one request that only reads (GET, HEAD). The shared transaction opens on
 * the first `withActor` call and commits as soon as no call is working in it any more (after the
 * event-loop turn in which the last one finished, so loads that start together share it), and at
 * the latest when the request ends. It is never held while the request waits on anything else.
 */
export class ReadRequest {
	#open: OpenTransaction | null = null;
	#memo = new Map<string, Promise<unknown>>();
	#closing: Promise<void>[] = [];
	#commitError: unknown = null;

	async run<T>(db: Database, actor: Actor, work: (tx: Transaction) => Promise<T>): Promise<T> {
		const userId = actor.userId ?? null;
		let open = this.#open;
		if (open && (open.db !== db || open.userId !== userId || open.broken)) {
			// Another actor in the same request (rare) or a failed statement: its own transaction.
			return ownTransaction(db, actor, work);
		}
		open ??= this.#begin(db, actor);
		open.pending++;
		try {
			return await work(await open.tx);
		} catch (error) {
			if (isDatabaseError(error)) open.broken = true;
			throw error;
		} finally {
			open.pending--;
			if (open.pending === 0) setImmediate(() => this.#closeIfIdle(open));
		}
	}

	/** Values that hold for the whole request (a network looked up by its address), asked once. */
	memo<T>(key: string, load: () => PromiseLike<T>): Promise<T> {
		let value = this.#memo.get(key) as Promise<T> | undefined;
		if (!value) {
			// A query builder runs its query each time it is awaited: settle it once, into a promise.
			value = Promise.resolve(load());
			this.#memo.set(key, value);
			value.catch(() => this.#memo.delete(key));
		}
		return value;
	}

	/**
	 * Waits for every call still working, commits, and reports a failed commit: the request's
	 * answer leaves only after its transaction has ended.
	 */
	async finish(): Promise<void> {
		const open = this.#open;
		if (open) {
			while (open.pending > 0) await new Promise((resolve) => setImmediate(resolve));
			await this.#close(open);
		}
		await Promise.all(this.#closing);
		if (this.#commitError) throw this.#commitError;
	}

	#begin(db: Database, actor: Actor): OpenTransaction {
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		let started!: (tx: Transaction) => void;
		let failed!: (error: unknown) => void;
		const tx = new Promise<Transaction>((resolve, reject) => {
			started = resolve;
			failed = reject;
		});
		let begun = false;
		const ended = db
			.transaction(async (tx) => {
				await actAs(tx, actor);
				begun = true;
				started(tx);
				await released;
				// The caller whose statement failed has heard of it; the rest is rolled back.
				if (open.broken) tx.rollback();
			})
			.catch((error: unknown) => {
				// Before it started, the callers hear of it; after, it is the commit that failed.
				if (!begun) failed(error);
				else if (!open.broken) this.#commitError ??= error;
			});
		const open: OpenTransaction = {
			db,
			userId: actor.userId ?? null,
			tx,
			pending: 0,
			broken: false,
			release,
			ended
		};
		// A caller that hears of the failure through `tx` handles it; this keeps it from being unhandled.
		tx.catch(() => undefined);
		this.#open = open;
		return open;
	}

	#closeIfIdle(open: OpenTransaction): void {
		if (open.pending > 0 || this.#open !== open) return;
		void this.#close(open);
	}

	#close(open: OpenTransaction): Promise<void> {
		if (this.#open === open) this.#open = null;
		open.release();
		this.#closing.push(open.ended);
		return open.ended;
	}
}

/** A statement the database refused (SQLSTATE code), also when the query layer wrapped it. */
function isDatabaseError(error: unknown): boolean {
	for (let e = error, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return true;
		e = (e as { cause?: unknown }).cause;
	}
	return false;
}

const readRequests = new AsyncLocalStorage<ReadRequest>();

/** Runs a request that only reads with one shared transaction per actor (see `ReadRequest`). */
export async function runReadRequest<T>(work: () => Promise<T>): Promise<T> {
	const unit = new ReadRequest();
	try {
		return await readRequests.run(unit, work);
	} finally {
		await unit.finish();
	}
}

/** The current read request's memo, or a plain call outside one. */
export function requestMemo<T>(key: string, load: () => PromiseLike<T>): Promise<T> {
	const unit = readRequests.getStore();
	return unit ? unit.memo(key, load) : Promise.resolve(load());
}

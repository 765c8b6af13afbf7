import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '../access/actor';
import type { Database, Queryable } from '../db/client';
import { unsafeWithSystem } from '../db/with-actor';
import { appendAudit, appendAuditEvents, type AuditEvent } from './append-audit';

export interface ReadAudit {
	actor: Actor;
	event: AuditEvent;
}

/** The reads of restricted records one request made, to be audited before its answer leaves. */
export class ReadAuditScope {
	readonly reads: ReadAudit[] = [];
}

const currentScope = new AsyncLocalStorage<ReadAuditScope>();

/** Runs `work` collecting the reads it records, instead of writing each in its own transaction. */
export function collectReads<T>(scope: ReadAuditScope, work: () => Promise<T>): Promise<T> {
	return currentScope.run(scope, work);
}

/**
 * Records that `actor` read or listed restricted records. Inside a request the entry joins the
 * request's scope and is written, with every other request's, by the ReadAuditWriter before the
 * answer is sent, so a read transaction never waits on the audit chain's lock. Anywhere else it
 * is written in the caller's transaction.
 */
export async function recordRead(tx: Queryable, actor: Actor, event: AuditEvent): Promise<void> {
	const scope = currentScope.getStore();
	if (scope) {
		scope.reads.push({ actor, event });
		return;
	}
	await appendAudit(tx, actor, event);
}

interface Waiting {
	reads: readonly ReadAudit[];
	resolve: () => void;
	reject: (error: unknown) => void;
}

/**
 * Writes read audits in group commits: while one batch is being written, the reads of every
 * request that finishes meanwhile queue for the next, so the audit chain's lock is taken once per
 * batch instead of once per request. Each caller's promise settles when its entries are committed.
 */
export class ReadAuditWriter {
	#queue: Waiting[] = [];
	#writing = false;

	constructor(private readonly database: () => Database) {}

	write(reads: readonly ReadAudit[]): Promise<void> {
		if (reads.length === 0) return Promise.resolve();
		return new Promise((resolve, reject) => {
			this.#queue.push({ reads, resolve, reject });
			if (!this.#writing) void this.#drain();
		});
	}

	async #drain(): Promise<void> {
		this.#writing = true;
		try {
			while (this.#queue.length > 0) {
				// Requests whose answers arrived meanwhile are handled first, so they join this batch
				// instead of each waiting for a batch of its own.
				await new Promise((resolve) => setImmediate(resolve));
				const batch = this.#queue.splice(0);
				try {
					const reads = collapseRepeats(batch.flatMap((waiting) => waiting.reads));
					await unsafeWithSystem(this.database(), (tx) => appendAuditEvents(tx, reads));
					for (const waiting of batch) waiting.resolve();
				} catch (error) {
					for (const waiting of batch) waiting.reject(error);
				}
			}
		} finally {
			this.#writing = false;
		}
	}
}

/**
 * The same reader making the same read several times within one batch (a reload storm, a client
 * polling) is one entry that says how many times: the log keeps who saw what, without one row per
 * repeat.
 */
export function collapseRepeats(reads: readonly ReadAudit[]): ReadAudit[] {
	const byRead = new Map<string, { read: ReadAudit; times: number }>();
	for (const read of reads) {
		const key = JSON.stringify([
			read.actor.userId,
			read.actor.participant?.id ?? null,
			read.event.action,
			read.event.entityType,
			read.event.entityId ?? null,
			read.event.networkId ?? null,
			read.event.details ?? {}
		]);
		const seen = byRead.get(key);
		if (seen) seen.times++;
		else byRead.set(key, { read, times: 1 });
	}
	return [...byRead.values()].map(({ read, times }) =>
		times === 1
			? read
			: { actor: read.actor, event: { ...read.event, details: { ...read.event.details, times } } }
	);
}

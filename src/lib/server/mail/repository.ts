import { asc, count, desc, eq, isNull, and, inArray, lt, or, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { outbox } from '../db/schema';

export type OutboxRow = typeof outbox.$inferSelect;

export async function insertOutboxMessage(
	q: Queryable,
	row: { recipient: string; subject: string; textBody: string }
): Promise<string> {
	const [created] = await q.insert(outbox).values(row).returning({ id: outbox.id });
	return created!.id;
}

/**
 * Claims unsent messages for one delivery pass, those never tried first so that one that keeps
 * failing does not hold up the rest. Rows locked by another process's claim are skipped, and a
 * claim lapses after `leaseMs`, so a process that dies mid-pass does not strand its messages.
 */
export function claimUnsentOutbox(
	q: Queryable,
	limit: number,
	now: Date,
	leaseMs: number
): Promise<OutboxRow[]> {
	const claimable = q
		.select({ id: outbox.id })
		.from(outbox)
		.where(
			and(isNull(outbox.sentAt), or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, now)))
		)
		.orderBy(sql`${outbox.lastError} IS NOT NULL`, asc(outbox.createdAt), asc(outbox.id))
		.limit(limit)
		.for('update', { skipLocked: true });
	return q
		.update(outbox)
		.set({ claimedUntil: new Date(now.getTime() + leaseMs) })
		.where(inArray(outbox.id, claimable))
		.returning();
}

export async function markOutboxSent(q: Queryable, id: string, at: Date): Promise<void> {
	await q
		.update(outbox)
		.set({ sentAt: at, lastError: null })
		.where(and(eq(outbox.id, id), isNull(outbox.sentAt)));
}

export async function markOutboxFailed(q: Queryable, id: string, error: string): Promise<void> {
	await q
		.update(outbox)
		.set({ lastError: error.slice(0, 2000), claimedUntil: null })
		.where(eq(outbox.id, id));
}

export function listOutboxPage(q: Queryable, page: { limit: number; offset: number }) {
	return q
		.select()
		.from(outbox)
		.orderBy(desc(outbox.createdAt), desc(outbox.id))
		.limit(page.limit)
		.offset(page.offset);
}

export async function countOutbox(q: Queryable): Promise<{ total: number; unsent: number }> {
	const [row] = await q
		.select({
			total: count(),
			unsent: sql<number>`count(*) FILTER (WHERE ${outbox.sentAt} IS NULL)`.mapWith(Number)
		})
		.from(outbox);
	return { total: row?.total ?? 0, unsent: row?.unsent ?? 0 };
}

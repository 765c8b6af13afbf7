import { asc, count, desc, eq, isNull, and, sql } from 'drizzle-orm';
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

/** Unsent messages, those never tried first, so one that keeps failing does not hold up the rest. */
export function listUnsentOutbox(q: Queryable, limit: number): Promise<OutboxRow[]> {
	return q
		.select()
		.from(outbox)
		.where(isNull(outbox.sentAt))
		.orderBy(sql`${outbox.lastError} IS NOT NULL`, asc(outbox.createdAt), asc(outbox.id))
		.limit(limit);
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
		.set({ lastError: error.slice(0, 2000) })
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

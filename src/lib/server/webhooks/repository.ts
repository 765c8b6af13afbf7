import { and, asc, count, desc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { users, webhookDeliveries, webhookEvents, webhooks } from '../db/schema';
import type { WebhookSubject } from '../db/schema';

/** Every column but the secret, which the application role may not read. */
const visibleColumns = {
	id: webhooks.id,
	networkId: webhooks.networkId,
	participantId: webhooks.participantId,
	url: webhooks.url,
	events: webhooks.events,
	description: webhooks.description,
	createdBy: webhooks.createdBy,
	createdAt: webhooks.createdAt
};
export type WebhookRow = {
	id: string;
	networkId: string;
	participantId: string;
	url: string;
	events: string[];
	description: string;
	createdBy: string | null;
	createdAt: Date;
};

export async function insertWebhook(
	q: Queryable,
	row: typeof webhooks.$inferInsert & { id: string }
): Promise<void> {
	await q.insert(webhooks).values(row);
}

export function listWebhooksOf(q: Queryable, participantId: string): Promise<WebhookRow[]> {
	return q
		.select(visibleColumns)
		.from(webhooks)
		.where(eq(webhooks.participantId, participantId))
		.orderBy(asc(webhooks.createdAt), asc(webhooks.id));
}

export async function findWebhook(
	q: Queryable,
	networkId: string,
	id: string
): Promise<WebhookRow | undefined> {
	const [row] = await q
		.select(visibleColumns)
		.from(webhooks)
		.where(and(eq(webhooks.networkId, networkId), eq(webhooks.id, id)));
	return row;
}

export async function deleteWebhookRow(q: Queryable, id: string): Promise<boolean> {
	const deleted = await q
		.delete(webhooks)
		.where(eq(webhooks.id, id))
		.returning({ id: webhooks.id });
	return deleted.length > 0;
}

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

export function listDeliveriesOf(
	q: Queryable,
	webhookId: string,
	page: { limit: number; offset: number }
): Promise<DeliveryRow[]> {
	return q
		.select()
		.from(webhookDeliveries)
		.where(eq(webhookDeliveries.webhookId, webhookId))
		.orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
		.limit(page.limit)
		.offset(page.offset);
}

export async function countDeliveriesOf(q: Queryable, webhookId: string): Promise<number> {
	const [row] = await q
		.select({ n: count() })
		.from(webhookDeliveries)
		.where(eq(webhookDeliveries.webhookId, webhookId));
	return row?.n ?? 0;
}

/** Written by the writer's own transaction; the application role cannot read it back. */
export async function insertWebhookEvent(
	q: Queryable,
	row: { networkId: string; type: string; subject: WebhookSubject }
): Promise<void> {
	await q.insert(webhookEvents).values(row);
}

export type WebhookEventRow = typeof webhookEvents.$inferSelect;

/**
 * Claims events not yet fanned out, oldest first. Rows another process holds are skipped, and a
 * claim lapses after `leaseMs`, so a process that dies mid-pass strands nothing.
 */
export function claimPendingEvents(
	q: Queryable,
	limit: number,
	now: Date,
	leaseMs: number
): Promise<WebhookEventRow[]> {
	const claimable = q
		.select({ id: webhookEvents.id })
		.from(webhookEvents)
		.where(
			and(
				isNull(webhookEvents.fannedOutAt),
				or(isNull(webhookEvents.claimedUntil), lt(webhookEvents.claimedUntil, now))
			)
		)
		.orderBy(asc(webhookEvents.occurredAt), asc(webhookEvents.id))
		.limit(limit)
		.for('update', { skipLocked: true });
	return q
		.update(webhookEvents)
		.set({ claimedUntil: new Date(now.getTime() + leaseMs) })
		.where(inArray(webhookEvents.id, claimable))
		.returning();
}

export async function markEventFannedOut(q: Queryable, id: string, at: Date): Promise<void> {
	await q
		.update(webhookEvents)
		.set({ fannedOutAt: at, claimedUntil: null })
		.where(eq(webhookEvents.id, id));
}

/** The webhooks of a network that asked for an event type. */
export function listSubscribers(
	q: Queryable,
	networkId: string,
	type: string
): Promise<{ id: string; participantId: string; createdBy: string | null }[]> {
	return q
		.select({
			id: webhooks.id,
			participantId: webhooks.participantId,
			createdBy: webhooks.createdBy
		})
		.from(webhooks)
		.where(and(eq(webhooks.networkId, networkId), sql`${type} = ANY (${webhooks.events})`));
}

export async function insertDelivery(
	q: Queryable,
	row: { webhookId: string; eventId: string; eventType: string; nextAttemptAt: Date }
): Promise<void> {
	await q.insert(webhookDeliveries).values(row).onConflictDoNothing();
}

/**
 * The user whose reading rights stand for the participant's: the one who registered the webhook
 * while still active there, otherwise another active user of the participant, focal points first.
 */
export async function findReaderOf(
	q: Queryable,
	participantId: string,
	preferred: string | null
): Promise<string | undefined> {
	const [row] = await q
		.select({ id: users.id })
		.from(users)
		.where(and(eq(users.participantId, participantId), eq(users.active, true)))
		.orderBy(
			sql`${users.id} = ${preferred ?? '00000000-0000-0000-0000-000000000000'} DESC`,
			sql`${users.role} = 'focal_point' DESC`,
			asc(users.createdAt),
			asc(users.id)
		)
		.limit(1);
	return row?.id;
}

/** Claims deliveries that are due, those never tried first, skipping rows another process holds. */
export function claimDueDeliveries(
	q: Queryable,
	limit: number,
	now: Date,
	leaseMs: number
): Promise<DeliveryRow[]> {
	const claimable = q
		.select({ id: webhookDeliveries.id })
		.from(webhookDeliveries)
		.where(
			and(
				eq(webhookDeliveries.status, 'pending'),
				lte(webhookDeliveries.nextAttemptAt, now),
				or(isNull(webhookDeliveries.claimedUntil), lt(webhookDeliveries.claimedUntil, now))
			)
		)
		.orderBy(asc(webhookDeliveries.attempts), asc(webhookDeliveries.nextAttemptAt))
		.limit(limit)
		.for('update', { skipLocked: true });
	return q
		.update(webhookDeliveries)
		.set({ claimedUntil: new Date(now.getTime() + leaseMs) })
		.where(inArray(webhookDeliveries.id, claimable))
		.returning();
}

/** What a delivery needs from its webhook and its event, the secret included. */
export async function findDeliveryParts(q: Queryable, webhookId: string, eventId: string) {
	const [hook] = await q.select().from(webhooks).where(eq(webhooks.id, webhookId));
	const [event] = await q.select().from(webhookEvents).where(eq(webhookEvents.id, eventId));
	return hook && event ? { hook, event } : undefined;
}

export async function markDelivered(
	q: Queryable,
	id: string,
	outcome: { statusCode: number; at: Date }
): Promise<void> {
	await q
		.update(webhookDeliveries)
		.set({
			status: 'delivered',
			attempts: sql`${webhookDeliveries.attempts} + 1`,
			lastStatusCode: outcome.statusCode,
			lastError: null,
			lastAttemptAt: outcome.at,
			deliveredAt: outcome.at,
			claimedUntil: null
		})
		.where(eq(webhookDeliveries.id, id));
}

/** A failed attempt: tried again at `next`, or failed for good when `next` is null. */
export async function markAttemptFailed(
	q: Queryable,
	id: string,
	outcome: { statusCode: number | null; error: string; at: Date; next: Date | null }
): Promise<void> {
	await q
		.update(webhookDeliveries)
		.set({
			status: outcome.next ? 'pending' : 'failed',
			attempts: sql`${webhookDeliveries.attempts} + 1`,
			lastStatusCode: outcome.statusCode,
			lastError: outcome.error.slice(0, 500),
			lastAttemptAt: outcome.at,
			nextAttemptAt: outcome.next ?? outcome.at,
			claimedUntil: null
		})
		.where(eq(webhookDeliveries.id, id));
}

/** A delivery whose record its participant may no longer read leaves no trace. */
export async function deleteDelivery(q: Queryable, id: string): Promise<void> {
	await q.delete(webhookDeliveries).where(eq(webhookDeliveries.id, id));
}

/** Export: a participant's webhooks, without their secrets, each with its delivery count. */
export function listWebhooksForExport(q: Queryable, participantId: string) {
	return q
		.select({
			id: webhooks.id,
			url: webhooks.url,
			events: webhooks.events,
			description: webhooks.description,
			createdBy: webhooks.createdBy,
			createdAt: webhooks.createdAt,
			deliveries:
				sql<number>`(SELECT count(*) FROM webhook_deliveries d WHERE d.webhook_id = ${webhooks.id})`.mapWith(
					Number
				)
		})
		.from(webhooks)
		.where(eq(webhooks.participantId, participantId))
		.orderBy(asc(webhooks.createdAt), asc(webhooks.id));
}

import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/client';
import { auditLog } from '../db/schema';
import type { Actor } from '../access/actor';

export interface AuditEvent {
	action: 'create' | 'read' | 'update' | 'delete' | 'list' | 'export' | 'sign_in' | string;
	entityType: string;
	entityId?: string | null;
	networkId?: string | null;
	details?: Record<string, unknown>;
}

export interface AuditHashInput {
	prevHash: string;
	occurredAt: string;
	actorUserId: string | null;
	actorParticipantId: string | null;
	action: string;
	entityType: string;
	entityId: string | null;
	networkId: string | null;
	details: string;
}

export const genesisHash = '0'.repeat(64);

export function auditEntryHash(entry: AuditHashInput): string {
	const canonical = JSON.stringify([
		entry.prevHash,
		entry.occurredAt,
		entry.actorUserId,
		entry.actorParticipantId,
		entry.action,
		entry.entityType,
		entry.entityId,
		entry.networkId,
		entry.details
	]);
	return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends to the hash-chained audit log inside the caller's transaction, so the entry commits or
 * rolls back with the change it records. The advisory lock orders concurrent appends.
 */
export async function appendAudit(tx: Queryable, actor: Actor, event: AuditEvent): Promise<void> {
	await appendAuditEvents(tx, [{ actor, event }]);
}

/** Several entries, chained in order, under one lock and in one insert. */
export async function appendAuditEvents(
	tx: Queryable,
	events: readonly { actor: Actor; event: AuditEvent }[]
): Promise<void> {
	if (events.length === 0) return;
	await tx.execute(sql`SELECT pg_advisory_xact_lock(724101)`);
	const result = await tx.execute<{ hash: string }>(sql`SELECT audit_last_hash() AS hash`);
	let prevHash = (result as unknown as { rows: { hash: string }[] }).rows[0]?.hash ?? genesisHash;
	const rows = events.map(({ actor, event }) => {
		const entry: AuditHashInput = {
			prevHash,
			occurredAt: new Date().toISOString(),
			actorUserId: actor.userId,
			actorParticipantId: actor.participant?.id ?? null,
			action: event.action,
			entityType: event.entityType,
			entityId: event.entityId ?? null,
			networkId: event.networkId ?? null,
			details: JSON.stringify(event.details ?? {})
		};
		const hash = auditEntryHash(entry);
		prevHash = hash;
		return { ...entry, occurredAt: new Date(entry.occurredAt), hash };
	});
	await tx.insert(auditLog).values(rows);
}

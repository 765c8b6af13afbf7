import { asc, gt } from 'drizzle-orm';
import type { Database } from '../db/client';
import { auditLog } from '../db/schema';
import { auditEntryHash, genesisHash } from './append-audit';

export type AuditVerification =
	| { ok: true; entries: number }
	| { ok: false; entries: number; brokenAtSeq: number; reason: 'prev_hash' | 'hash' };

/**
 * Walks the whole chain in pages and reports the first entry whose link or content does not
 * match. Reads as the owner: the audit log is not readable by the application role.
 */
export async function unsafeVerifyAuditChain(
	db: Database,
	pageSize = 5000
): Promise<AuditVerification> {
	let prev = genesisHash;
	let lastSeq = 0;
	let entries = 0;
	for (;;) {
		const rows = await db
			.select()
			.from(auditLog)
			.where(gt(auditLog.seq, lastSeq))
			.orderBy(asc(auditLog.seq))
			.limit(pageSize);
		if (rows.length === 0) return { ok: true, entries };
		for (const row of rows) {
			entries++;
			if (row.prevHash !== prev) {
				return { ok: false, entries, brokenAtSeq: row.seq, reason: 'prev_hash' };
			}
			const expected = auditEntryHash({
				prevHash: row.prevHash,
				occurredAt: row.occurredAt.toISOString(),
				actorUserId: row.actorUserId,
				actorParticipantId: row.actorParticipantId,
				action: row.action,
				entityType: row.entityType,
				entityId: row.entityId,
				networkId: row.networkId,
				details: row.details
			});
			if (expected !== row.hash)
				return { ok: false, entries, brokenAtSeq: row.seq, reason: 'hash' };
			prev = row.hash;
			lastSeq = row.seq;
		}
	}
}

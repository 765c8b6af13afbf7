import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { auditLog } from '../../src/lib/server/db/schema';
import { ReadAuditWriter } from '../../src/lib/server/audit/read-audit';
import { unsafeVerifyAuditChain } from '../../src/lib/server/audit/verify-audit';
import { openTestDatabase } from './support/test-db';
import { newTestNetwork } from './support/factories';

describe('read audits written in group commits', () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(async () => {
		await handle.close();
	});

	it('writes every request’s reads, in order, and keeps the chain whole', async () => {
		const net = await newTestNetwork(handle.db);
		const reader = await net.newUser(await net.newParticipant(), { role: 'viewer' });
		const writer = new ReadAuditWriter(() => handle.db);
		const requests = Array.from({ length: 40 }, (_, index) =>
			writer.write([
				{
					actor: reader.actor,
					event: {
						action: 'list',
						entityType: 'document',
						networkId: net.id,
						details: { request: index }
					}
				}
			])
		);
		await Promise.all(requests);
		const [written] = await handle.db
			.select({ n: count() })
			.from(auditLog)
			.where(eq(auditLog.networkId, net.id));
		expect(written?.n).toBe(40);
		expect(await unsafeVerifyAuditChain(handle.db)).toMatchObject({ ok: true });
	});

	it('fails every waiting request when its batch cannot be written', async () => {
		const broken = new ReadAuditWriter(() => {
			throw new Error('no database');
		});
		await expect(
			broken.write([
				{
					actor: { userId: null, email: null, isAdmin: false, participant: null, role: null },
					event: { action: 'list', entityType: 'document' }
				}
			])
		).rejects.toThrow('no database');
	});
});

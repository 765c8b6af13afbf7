import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { requestMemo, runReadRequest, withActor } from '../../src/lib/server/db/with-actor';
import { createDocument } from '../../src/lib/server/documents/create-document';
import { listDocuments } from '../../src/lib/server/documents/list-documents';
import { openTestDatabase } from './support/test-db';
import { newTestNetwork } from './support/factories';

type Row = { xid: string };
const currentTransaction = async (tx: Parameters<Parameters<typeof withActor>[2]>[0]) => {
	const result = (await tx.execute(sql`SELECT txid_current()::text AS xid`)) as unknown as {
		rows: Row[];
	};
	return result.rows[0]!.xid;
};

describe('a read request shares one transaction', () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(async () => {
		await handle.close();
	});

	it('gives loads that run together the same transaction, and separate ones outside', async () => {
		const net = await newTestNetwork(handle.db);
		const member = await net.newUser(await net.newParticipant('member'));
		const ids = await runReadRequest(() =>
			Promise.all([
				withActor(handle.db, member.actor, currentTransaction),
				withActor(handle.db, member.actor, currentTransaction),
				withActor(handle.db, member.actor, (tx) =>
					withActor(handle.db, member.actor, () => currentTransaction(tx))
				)
			])
		);
		expect(new Set(ids).size).toBe(1);
		const outside = await Promise.all([
			withActor(handle.db, member.actor, currentTransaction),
			withActor(handle.db, member.actor, currentTransaction)
		]);
		expect(new Set(outside).size).toBe(2);
	});

	it('applies the caller row-level security inside the shared transaction', async () => {
		const net = await newTestNetwork(handle.db);
		const owner = await net.newUser(await net.newParticipant('member'));
		const other = await net.newUser(await net.newParticipant('member'));
		await createDocument(owner.ctx, net.slug, {
			title: 'Owner only',
			kind: 'report',
			language: 'es',
			body: 'x',
			releasability: { level: 'owner', participants: [] },
			documentDate: '2026-01-01'
		});
		const query = { limit: 20, offset: 0 };
		const [forOwner, forOther] = await Promise.all([
			runReadRequest(() => listDocuments(owner.ctx, net.slug, query)),
			runReadRequest(() => listDocuments(other.ctx, net.slug, query))
		]);
		expect(forOwner.items.map((d) => d.title)).toEqual(['Owner only']);
		expect(forOther.items).toEqual([]);
		// Another actor within the same request gets a transaction of its own, with its own rights.
		const mixed = await runReadRequest(() =>
			Promise.all([
				listDocuments(owner.ctx, net.slug, query),
				listDocuments(other.ctx, net.slug, query)
			])
		);
		expect(mixed.map((list) => list.total)).toEqual([1, 0]);
	});

	it('after a failed statement, later calls of the request still work', async () => {
		const net = await newTestNetwork(handle.db);
		const member = await net.newUser(await net.newParticipant('member'));
		const result = await runReadRequest(async () => {
			await expect(
				withActor(handle.db, member.actor, (tx) => tx.execute(sql`SELECT 1 / 0`))
			).rejects.toThrow();
			return withActor(handle.db, member.actor, currentTransaction);
		});
		expect(result).toMatch(/^\d+$/);
	});

	it('commits what a read request wrote before the request ends', async () => {
		const net = await newTestNetwork(handle.db);
		const member = await net.newUser(await net.newParticipant('member'));
		await runReadRequest(() =>
			createDocument(member.ctx, net.slug, {
				title: 'Written during a read',
				kind: 'report',
				language: 'es',
				body: 'x',
				releasability: { level: 'owner', participants: [] },
				documentDate: '2026-01-01'
			})
		);
		const list = await listDocuments(member.ctx, net.slug, { limit: 20, offset: 0 });
		expect(list.items.map((d) => d.title)).toEqual(['Written during a read']);
	});

	it('asks a memoised value once per request', async () => {
		let asked = 0;
		const load = () => {
			asked++;
			return Promise.resolve(asked);
		};
		const values = await runReadRequest(() =>
			Promise.all([requestMemo('k', load), requestMemo('k', load)])
		);
		expect(values).toEqual([1, 1]);
		await runReadRequest(() => requestMemo('k', load));
		expect(asked).toBe(2);
	});
});

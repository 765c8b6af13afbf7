import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { apiTokens, networks, participants } from '../../src/lib/server/db/schema';
import { ChangeFeed, changeChannel } from '../../src/lib/server/cache/change-feed';
import { ResponseCache } from '../../src/lib/server/cache/response-cache';
import { createDocument } from '../../src/lib/server/documents/create-document';
import { updateDocument } from '../../src/lib/server/documents/update-document';
import { listDocuments } from '../../src/lib/server/documents/list-documents';
import { createApiToken } from '../../src/lib/server/auth/create-api-token';
import { eq } from 'drizzle-orm';
import { collectReads, ReadAuditScope } from '../../src/lib/server/audit/read-audit';
import { openTestDatabase, openTwoProcesses } from './support/test-db';
import { newTestNetwork } from './support/factories';

/** Notifications heard on the change channel, in commit order. */
async function recordNotifications(handle: DatabaseHandle) {
	const heard: string[] = [];
	let waiting: { table: string; resolve: () => void } | null = null;
	const stop = await handle.listen(changeChannel, {
		notify: (table) => {
			heard.push(table);
			if (waiting && table === waiting.table) waiting.resolve();
		},
		connected: () => {}
	});
	return {
		heard,
		stop,
		/** Settles once `table`'s notification has arrived. */
		until: (table: string) =>
			heard.includes(table)
				? Promise.resolve()
				: new Promise<void>((resolve) => {
						waiting = { table, resolve };
					})
	};
}

describe('change notifications', () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(async () => {
		await handle.close();
	});

	it('every table but the audit log notifies on insert, update, delete and truncate', async () => {
		const result = await handle.db.execute(sql`
			SELECT c.relname AS "table",
				array(SELECT t.tgname::text FROM pg_trigger t
					WHERE t.tgrelid = c.oid AND t.tgname LIKE 'app_change_%' ORDER BY t.tgname) AS triggers
			FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE n.nspname = 'public' AND c.relkind = 'r'
			ORDER BY c.relname`);
		const rows = result as unknown as { rows: { table: string; triggers: string[] }[] };
		const auditLog = rows.rows.find((row) => row.table === 'audit_log');
		expect(auditLog?.triggers).toEqual([]);
		const tables = rows.rows.filter((row) => row.table !== 'audit_log');
		expect(tables.length).toBeGreaterThan(30);
		for (const row of tables) {
			expect({ table: row.table, triggers: row.triggers }).toEqual({
				table: row.table,
				triggers: [
					'app_change_delete',
					'app_change_insert',
					'app_change_truncate',
					'app_change_update'
				]
			});
		}
	});

	it('stays silent for statements that change nothing and for a token being used', async () => {
		const net = await newTestNetwork(handle.db);
		const member = await net.newParticipant();
		const user = await net.newUser(member, { role: 'focal_point' });
		const { id: tokenId } = await createApiToken(handle.db, user.actor, 'sync');
		const recorder = await recordNotifications(handle);
		try {
			await handle.db
				.update(participants)
				.set({ status: 'member' })
				.where(sql`false`);
			await handle.db.delete(participants).where(sql`false`);
			await handle.db
				.update(apiTokens)
				.set({ lastUsedAt: new Date() })
				.where(eq(apiTokens.id, tokenId));
			await handle.db.update(networks).set({ acronym: 'CHANGED' }).where(eq(networks.id, net.id));
			await recorder.until('networks');
			expect(recorder.heard).toEqual(['networks']);
			await handle.db
				.update(apiTokens)
				.set({ revokedAt: new Date() })
				.where(eq(apiTokens.id, tokenId));
			await recorder.until('api_tokens');
			expect(recorder.heard).toEqual(['networks', 'api_tokens']);
		} finally {
			await recorder.stop();
		}
	});

	it('a copy made for a reader is not served once the owner narrows the record', async () => {
		const net = await newTestNetwork(handle.db);
		const owner = await net.newUser(await net.newParticipant('member'), { role: 'editor' });
		const reader = await net.newUser(await net.newParticipant('member'), { role: 'viewer' });
		const { id } = await createDocument(owner.ctx, net.slug, {
			title: 'Plan de despliegue',
			kind: 'report',
			language: 'es',
			body: 'Texto',
			releasability: { level: 'members' }
		});
		const feed = new ChangeFeed();
		await feed.follow(handle);
		const audited: string[] = [];
		const cache = new ResponseCache(feed, (reads) => {
			audited.push(...reads.map((read) => read.event.action));
			return Promise.resolve();
		});
		const request = new Request(`http://localhost/api/v1/networks/${net.slug}/documents`);
		const key = [new URL(request.url).pathname, 'es', reader.id];
		const render = async () => {
			const scope = new ReadAuditScope();
			const list = await collectReads(scope, () =>
				listDocuments(reader.ctx, net.slug, { limit: 50, offset: 0 })
			);
			return { response: Response.json(list), reads: scope.reads };
		};
		try {
			const titles = async () =>
				(
					(await (await cache.respond(request, key, render)).json()) as {
						items: { id: string }[];
					}
				).items.map((d) => d.id);
			expect(await titles()).toEqual([id]);
			expect(await titles()).toEqual([id]);
			// The second answer came from the copy, and was audited all the same.
			expect(audited).toEqual(['list', 'list']);
			const changed = feed.nextChange();
			await updateDocument(owner.ctx, net.slug, id, {
				releasability: { level: 'owner' }
			});
			await changed;
			expect(await titles()).toEqual([]);
		} finally {
			await feed.stop();
		}
	});
});

describe('change notifications across processes', () => {
	it('a write through one process moves the other process on', async () => {
		const { first, second, close } = await openTwoProcesses();
		const feed = new ChangeFeed();
		try {
			await feed.follow(second);
			expect(feed.live).toBe(true);
			const net = await newTestNetwork(first.db);
			const before = feed.version;
			const changed = feed.nextChange();
			await first.db.update(networks).set({ acronym: 'X' }).where(eq(networks.id, net.id));
			await changed;
			expect(feed.version).toBeGreaterThan(before);
		} finally {
			await feed.stop();
			expect(feed.live).toBe(false);
			await close();
		}
	});
});

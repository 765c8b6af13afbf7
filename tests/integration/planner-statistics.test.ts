import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { startPlannerStatistics } from '../../src/lib/server/db/planner-statistics';
import { createDocument } from '../../src/lib/server/documents/create-document';
import { openTestDatabase } from './support/test-db';
import { newTestNetwork } from './support/factories';

describe('planner statistics', () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(async () => {
		await handle.close();
	});

	it('are refreshed at start, so the planner knows how many rows a table holds', async () => {
		const net = await newTestNetwork(handle.db);
		const editor = await net.newUser(await net.newParticipant(), { role: 'editor' });
		for (let i = 0; i < 30; i++) {
			await createDocument(editor.ctx, net.slug, {
				title: `Informe ${i}`,
				kind: 'report',
				language: 'es',
				body: 'Texto',
				releasability: { level: 'members' }
			});
		}
		const stop = startPlannerStatistics(handle.db);
		await stop();
		const result = await handle.db.execute(
			sql`SELECT reltuples FROM pg_class WHERE relname = 'documents'`
		);
		const [row] = (result as unknown as { rows: { reltuples: number }[] }).rows;
		expect(Number(row?.reltuples)).toBeGreaterThanOrEqual(30);
	});
});

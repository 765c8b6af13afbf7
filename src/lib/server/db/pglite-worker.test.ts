import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgliteWorker } from './pglite-worker';

describe('PgliteWorker', () => {
	let db: PgliteWorker;
	beforeAll(async () => {
		db = await PgliteWorker.open(undefined, []);
		await db.exec('CREATE TABLE t (id int PRIMARY KEY, at timestamptz, doc jsonb)');
	}, 60_000);
	afterAll(async () => {
		await db.close();
	});

	it('answers queries, keeps the types the query layer asks raw as text', async () => {
		await db.query('INSERT INTO t VALUES ($1, $2, $3)', [1, '2026-01-02T03:04:05Z', '{"a":1}']);
		const raw = await db.query('SELECT at, doc FROM t WHERE id = 1', [], {
			rowMode: 'array',
			parsers: { 1184: (v: string) => v }
		});
		expect(raw.rows[0]).toEqual(['2026-01-02 03:04:05+00', { a: 1 }]);
	});

	it('gives refusals PostgreSQL fields', async () => {
		const refusal = await db.query('INSERT INTO t VALUES (1)').catch((e: unknown) => e);
		expect(refusal).toMatchObject({ code: '23505', constraint: 't_pkey' });
	});

	it('commits what a transaction did, rolls back what a failed one did', async () => {
		await db.transaction(async (tx) => {
			await tx.query('INSERT INTO t (id) VALUES (2)');
		});
		await expect(
			db.transaction(async (tx) => {
				await tx.query('INSERT INTO t (id) VALUES (3)');
				throw new Error('changed my mind');
			})
		).rejects.toThrow('changed my mind');
		const ids = await db.query('SELECT id FROM t ORDER BY id');
		expect(ids.rows).toEqual([{ id: 1 }, { id: 2 }]);
	});

	it('keeps a transaction to itself while statements outside it wait their turn', async () => {
		let inside: unknown;
		const outside = db.transaction(async (tx) => {
			await tx.query('INSERT INTO t (id) VALUES (4)');
			inside = (await tx.query('SELECT count(*)::int AS n FROM t')).rows[0];
		});
		const after = db.query('SELECT count(*)::int AS n FROM t');
		await outside;
		expect(inside).toEqual({ n: 3 });
		expect((await after).rows[0]).toEqual({ n: 3 });
	});
});

import { describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { PreparingClient } from './preparing-client';

describe('PreparingClient', () => {
	const seen = () => {
		const spy = vi
			.spyOn(pg.Client.prototype, 'query')
			.mockImplementation((() => undefined) as never);
		const client = new PreparingClient();
		return { client, spy };
	};

	it('names a data statement after its text, the same name for the same text', () => {
		const { client, spy } = seen();
		client.query({ text: 'select * from t where a = $1' }, [1]);
		client.query({ text: 'select * from t where a = $1' }, [2]);
		client.query({ text: 'select * from t where b = $1' }, [2]);
		const names = spy.mock.calls.map((call) => (call[0] as { name?: string }).name);
		expect(names[0]).toMatch(/^s_/);
		expect(names[1]).toBe(names[0]);
		expect(names[2]).not.toBe(names[0]);
		spy.mockRestore();
	});

	it('leaves unnamed what must not be kept: schema changes, several statements, long lists', () => {
		const { client, spy } = seen();
		client.query({ text: 'CREATE TABLE x (a int)' }, []);
		client.query({ text: 'select 1; select 2' }, []);
		const ids = Array.from({ length: 30 }, (_, i) => `$${i + 1}`).join(', ');
		client.query({ text: `select * from t where id in (${ids})` }, Array.from({ length: 30 }));
		client.query('select 1');
		client.query({ text: 'select 1', name: 'mine' }, []);
		const names = spy.mock.calls.map((call) => (call[0] as { name?: string }).name);
		expect(names).toEqual([undefined, undefined, undefined, undefined, 'mine']);
		spy.mockRestore();
	});
});

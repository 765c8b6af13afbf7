import { describe, expect, it } from 'vitest';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema';
import { backupTables, primaryKeyColumns, tableName, tablesLeftOut } from './tables';

const schemaTables = (Object.values(schema) as unknown[]).filter((value): value is PgTable =>
	is(value, PgTable)
);

describe('backup table list', () => {
	it('names every table of the schema, in the backup or as left out', () => {
		const listed = [...backupTables, ...tablesLeftOut].map(tableName).sort();
		expect(listed).toEqual(schemaTables.map(tableName).sort());
	});

	it('lists no table twice', () => {
		const names = [...backupTables, ...tablesLeftOut].map(tableName);
		expect(new Set(names).size).toBe(names.length);
	});

	it('puts every table after the tables it references', () => {
		const order = backupTables.map(tableName);
		for (const table of backupTables) {
			const name = tableName(table);
			for (const foreignKey of getTableConfig(table).foreignKeys) {
				const referenced = tableName(foreignKey.reference().foreignTable);
				if (referenced === name) continue;
				expect(order, `${name} references ${referenced}`).toContain(referenced);
				expect(order.indexOf(referenced), `${name} references ${referenced}`).toBeLessThan(
					order.indexOf(name)
				);
			}
		}
	});

	it('knows a primary key for every backed-up table', () => {
		for (const table of backupTables) {
			expect(primaryKeyColumns(table).length, tableName(table)).toBeGreaterThan(0);
		}
	});
});

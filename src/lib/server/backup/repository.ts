import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../db/client';

/** Raw results differ between the drivers only in type; both carry `rows`. */
async function rowsOf<T>(q: Queryable, query: SQL): Promise<T[]> {
	const result = await q.execute(query);
	return (result as unknown as { rows: T[] }).rows;
}

const cursorName = sql.identifier('backup_rows');

export interface ColumnInfo {
	name: string;
	isBytea: boolean;
}

/**
 * The columns a backup carries. Full-text vectors are left out: they are derived from the other
 * columns by the database's own stemmers, which differ between PostgreSQL versions, and the
 * restoring database's triggers rebuild them as each row comes in.
 */
export async function tableColumns(q: Queryable, table: string): Promise<ColumnInfo[]> {
	const rows = await rowsOf<{ name: string; type: string }>(
		q,
		sql`SELECT column_name AS name, data_type AS type FROM information_schema.columns
			WHERE table_schema = 'public' AND table_name = ${table} AND data_type <> 'tsvector'
			ORDER BY ordinal_position`
	);
	return rows.map((row) => ({ name: row.name, isBytea: row.type === 'bytea' }));
}

/** How many migrations the database has applied; a backup may only go to a database as new. */
export async function appliedMigrationCount(q: Queryable): Promise<number> {
	const rows = await rowsOf<{ n: number }>(
		q,
		sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`
	);
	return Number(rows[0]?.n ?? 0);
}

/** Timestamps then come out as ISO 8601 in UTC, whatever the server's time zone. */
export async function useUtc(q: Queryable): Promise<void> {
	await q.execute(sql`SET LOCAL TimeZone = 'UTC'`);
}

/**
 * Opens a cursor over a table's rows, each as the JSON text PostgreSQL makes of it: every column
 * but the full-text vectors, arrays and jsonb as JSON, timestamps in ISO 8601, and bytea columns
 * in base64.
 */
export async function openRowCursor(
	q: Queryable,
	table: string,
	columns: ColumnInfo[],
	orderBy: string[]
): Promise<void> {
	const t = sql.identifier(table);
	// Without the full-text vectors, which the restoring database derives itself (see tableColumns).
	let row = sql`to_jsonb(t) - ARRAY(SELECT column_name::text FROM information_schema.columns
		WHERE table_schema = 'public' AND table_name = ${table} AND data_type = 'tsvector')`;
	for (const column of columns.filter((c) => c.isBytea)) {
		const c = sql.identifier(column.name);
		row = sql`${row} || jsonb_build_object(${column.name}::text, translate(encode(t.${c}, 'base64'), chr(10), ''))`;
	}
	const order =
		orderBy.length > 0
			? sql` ORDER BY ${sql.join(
					orderBy.map((name) => sql`t.${sql.identifier(name)}`),
					sql`, `
				)}`
			: sql``;
	await q.execute(
		sql`DECLARE ${cursorName} NO SCROLL CURSOR FOR SELECT (${row})::text AS row FROM ${t} AS t${order}`
	);
}

export async function fetchRowTexts(q: Queryable, count: number): Promise<string[]> {
	const rows = await rowsOf<{ row: string }>(
		q,
		sql`FETCH FORWARD ${sql.raw(String(Math.trunc(count)))} FROM ${cursorName}`
	);
	return rows.map((row) => row.row);
}

export async function closeRowCursor(q: Queryable): Promise<void> {
	await q.execute(sql`CLOSE ${cursorName}`);
}

export async function tableHasRows(q: Queryable, table: string): Promise<boolean> {
	const rows = await rowsOf<{ found: boolean }>(
		q,
		sql`SELECT EXISTS (SELECT 1 FROM ${sql.identifier(table)}) AS found`
	);
	return Boolean(rows[0]?.found);
}

/**
 * Inserts rows given as JSON objects, letting PostgreSQL convert each value to its column's type.
 * Only `columns` are written, so columns added since the backup was made take their defaults.
 */
export async function insertJsonRows(
	q: Queryable,
	table: string,
	columns: ColumnInfo[],
	rowsJson: string
): Promise<number> {
	const t = sql.identifier(table);
	let record = sql`e.j`;
	for (const column of columns.filter((c) => c.isBytea))
		record = sql`(${record} - ${column.name}::text)`;
	const values = columns.map((column) =>
		column.isBytea
			? sql`decode(e.j ->> ${column.name}::text, 'base64')`
			: sql`r.${sql.identifier(column.name)}`
	);
	const names = columns.map((column) => sql.identifier(column.name));
	const rows = await rowsOf<{ n: number }>(
		q,
		sql`WITH inserted AS (
			INSERT INTO ${t} (${sql.join(names, sql`, `)}) OVERRIDING SYSTEM VALUE
			SELECT ${sql.join(values, sql`, `)}
			FROM jsonb_array_elements(${rowsJson}::jsonb) AS e(j)
			CROSS JOIN LATERAL jsonb_populate_record(NULL::${t}, ${record}) AS r
			RETURNING 1
		) SELECT count(*)::int AS n FROM inserted`
	);
	return Number(rows[0]?.n ?? 0);
}

/** Moves every sequence owned by the table's columns past the highest restored value. */
export async function resetSequences(q: Queryable, table: string): Promise<void> {
	const owned = await rowsOf<{ name: string; sequence: string }>(
		q,
		sql`SELECT column_name AS name, pg_get_serial_sequence(format('%I', table_name), column_name) AS sequence
			FROM information_schema.columns
			WHERE table_schema = 'public' AND table_name = ${table}
				AND pg_get_serial_sequence(format('%I', table_name), column_name) IS NOT NULL`
	);
	for (const { name, sequence } of owned) {
		const c = sql.identifier(name);
		await q.execute(
			sql`SELECT setval(${sequence}::regclass, coalesce(max(${c}), 0) + 1, false) FROM ${sql.identifier(table)}`
		);
	}
}

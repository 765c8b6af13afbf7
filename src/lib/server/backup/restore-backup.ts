import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { Database, Transaction } from '../db/client';
import {
	appliedMigrationCount,
	insertJsonRows,
	resetSequences,
	tableColumns,
	tableHasRows,
	type ColumnInfo
} from './repository';
import {
	BackupError,
	backupFooterSchema,
	backupFormat,
	backupHeaderSchema,
	backupRowSchema,
	type BackupFooter,
	type BackupHeader
} from './schemas';
import { backupTableNames } from './tables';

export interface RestoreSummary {
	header: BackupHeader;
	rows: Record<string, number>;
}

const rowsPerInsert = 500;
/** Rows with files are large: an insert is also cut at this many characters of JSON. */
const charsPerInsert = 16 * 1024 * 1024;

/**
 * Restores a backup written by unsafeWriteBackup into an empty, migrated database, in one
 * transaction: a backup that is cut off or does not fit leaves the database as it was.
 * Unsafe: writes as the database owner, past row-level security, to put back every participant's
 * records; only the operator's console calls it.
 */
export async function unsafeRestoreBackup(
	db: Database,
	lines: AsyncIterable<string>
): Promise<RestoreSummary> {
	return db.transaction(async (tx) => {
		await requireEmpty(tx);
		const restore = new RowRestorer(tx);
		let header: BackupHeader | null = null;
		let footer: BackupFooter | null = null;
		let lineNumber = 0;
		for await (const line of lines) {
			lineNumber++;
			if (line.trim() === '') continue;
			const value = parseJsonLine(line, lineNumber);
			if (!header) {
				header = parseHeader(value);
				await checkHeaderFits(tx, header);
				continue;
			}
			if (footer) throw new BackupError(`Line ${lineNumber} follows the end of the backup.`);
			const ended = backupFooterSchema.safeParse(value);
			if (ended.success) {
				footer = ended.data;
				continue;
			}
			const row = backupRowSchema.safeParse(value);
			if (!row.success) throw new BackupError(`Line ${lineNumber} is not a row of a backup.`);
			if (!header.tables.includes(row.data.table)) {
				throw new BackupError(
					`Line ${lineNumber} holds a row of ${row.data.table}, a table the header does not list.`
				);
			}
			await restore.add(row.data.table, row.data.row, lineNumber);
		}
		if (!header) throw new BackupError('The file is empty.');
		if (!footer) {
			throw new BackupError('The backup ends early: the file was cut off or not fully written.');
		}
		await restore.flush();
		const rows = restore.counts();
		for (const table of new Set([...Object.keys(rows), ...Object.keys(footer.rows)])) {
			if ((rows[table] ?? 0) !== (footer.rows[table] ?? 0)) {
				throw new BackupError(
					`The backup lists ${footer.rows[table] ?? 0} rows of ${table} but holds ${rows[table] ?? 0}.`
				);
			}
		}
		for (const table of backupTableNames) await resetSequences(tx, table);
		return { header, rows };
	});
}

/** Inserts rows in batches, one table after the other in the order of the backup table list. */
class RowRestorer {
	private table: string | null = null;
	private columns: ColumnInfo[] = [];
	private batch: string[] = [];
	private batchChars = 0;
	private readonly restored: Record<string, number> = {};

	constructor(private readonly tx: Transaction) {}

	async add(table: string, row: Record<string, unknown>, lineNumber: number): Promise<void> {
		if (table !== this.table) await this.startTable(table, row, lineNumber);
		const json = JSON.stringify(row);
		this.batch.push(json);
		this.batchChars += json.length;
		if (this.batch.length >= rowsPerInsert || this.batchChars >= charsPerInsert) await this.flush();
	}

	async flush(): Promise<void> {
		if (!this.table || this.batch.length === 0) return;
		const table = this.table;
		let inserted: number;
		try {
			inserted = await insertJsonRows(this.tx, table, this.columns, `[${this.batch.join(',')}]`);
		} catch (error) {
			throw new BackupError(`Restoring ${table} failed: ${(error as Error).message}`);
		}
		this.restored[table] = (this.restored[table] ?? 0) + inserted;
		this.batch = [];
		this.batchChars = 0;
	}

	counts(): Record<string, number> {
		return { ...this.restored };
	}

	private async startTable(
		table: string,
		firstRow: Record<string, unknown>,
		lineNumber: number
	): Promise<void> {
		await this.flush();
		const position = backupTableNames.indexOf(table);
		if (this.table !== null && position < backupTableNames.indexOf(this.table)) {
			throw new BackupError(
				`Line ${lineNumber}: rows of ${table} come after rows of ${this.table}.`
			);
		}
		if (this.restored[table] !== undefined) {
			throw new BackupError(`Line ${lineNumber}: the rows of ${table} are not together.`);
		}
		const known = await tableColumns(this.tx, table);
		const unknown = Object.keys(firstRow).filter((key) => !known.some((c) => c.name === key));
		if (unknown.length > 0) {
			throw new BackupError(
				`The backup has columns of ${table} that this database lacks: ${unknown.join(', ')}.`
			);
		}
		this.table = table;
		this.columns = known.filter((column) => column.name in firstRow);
		this.restored[table] = 0;
	}
}

async function requireEmpty(tx: Transaction): Promise<void> {
	for (const table of backupTableNames) {
		if (await tableHasRows(tx, table)) {
			throw new BackupError(
				`The database is not empty (table ${table} has rows). A backup is restored only into an ` +
					'empty database: use a new data directory or a new PostgreSQL database.'
			);
		}
	}
}

function parseJsonLine(line: string, lineNumber: number): unknown {
	try {
		return JSON.parse(line);
	} catch {
		throw new BackupError(
			lineNumber === 1
				? 'The file is not a backup of this platform.'
				: `Line ${lineNumber} is not valid JSON.`
		);
	}
}

function parseHeader(value: unknown): BackupHeader {
	const parsed = backupHeaderSchema.safeParse(value);
	if (parsed.success) return parsed.data;
	const format = (value as { format?: unknown } | null)?.format;
	if (format === backupFormat) {
		throw new BackupError(
			'The backup was written by another version of the platform, in a format it cannot read.'
		);
	}
	throw new BackupError('The file is not a backup of this platform.');
}

async function checkHeaderFits(tx: Transaction, header: BackupHeader): Promise<void> {
	const unknown = header.tables.filter((table) => !backupTableNames.includes(table));
	if (unknown.length > 0) {
		throw new BackupError(
			`The backup holds tables this version does not know: ${unknown.join(', ')}.`
		);
	}
	const migrations = await appliedMigrationCount(tx);
	if (header.migrations > migrations) {
		throw new BackupError(
			`The backup comes from a newer version (${header.migrations} migrations, this database has ` +
				`${migrations}): update the platform before restoring it.`
		);
	}
}

/** The lines of a backup file, gunzipped if it is compressed (told by its first bytes, not its name). */
export async function* readBackupLines(file: string): AsyncGenerator<string> {
	const source = (await isGzip(file))
		? pipeline(createReadStream(file), createGunzip(), () => undefined)
		: createReadStream(file);
	yield* splitLines(source);
}

async function isGzip(file: string): Promise<boolean> {
	const handle = await open(file, 'r');
	try {
		const magic = Buffer.alloc(2);
		const { bytesRead } = await handle.read(magic, 0, 2, 0);
		return bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
	} finally {
		await handle.close();
	}
}

async function* splitLines(source: Readable): AsyncGenerator<string> {
	const decoder = new StringDecoder('utf8');
	let pieces: string[] = [];
	for await (const chunk of source as AsyncIterable<Buffer>) {
		const text = decoder.write(chunk);
		let start = 0;
		for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
			pieces.push(text.slice(start, end));
			yield pieces.join('');
			pieces = [];
			start = end + 1;
		}
		if (start < text.length) pieces.push(text.slice(start));
	}
	const rest = pieces.join('') + decoder.end();
	if (rest !== '') yield rest;
}

/** Restores the backup in `file` (see unsafeRestoreBackup). */
export function unsafeRestoreBackupFile(db: Database, file: string): Promise<RestoreSummary> {
	return unsafeRestoreBackup(db, readBackupLines(file));
}

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished, pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { anonymousActor } from '../access/actor';
import { appendAudit } from '../audit/append-audit';
import type { DatabaseHandle } from '../db/client';
import {
	appliedMigrationCount,
	closeRowCursor,
	fetchRowTexts,
	openRowCursor,
	tableColumns,
	useUtc
} from './repository';
import { backupFormat, backupFormatVersion, type BackupFooter, type BackupHeader } from './schemas';
import { backupTableNames, backupTables, primaryKeyColumns, tableName } from './tables';

export interface BackupSummary {
	migrations: number;
	rows: Record<string, number>;
}

/** Rows per fetch; far fewer for tables with files, so that memory stays bounded. */
const rowsPerFetch = 1000;
const rowsWithFilesPerFetch = 8;

/**
 * Writes every backed-up table as JSON lines, all from one snapshot: a header, one line per row
 * (parents before children) and a footer with the row counts.
 * Unsafe: reads as the database owner, past row-level security, because a backup must hold every
 * record of every participant; only the operator's console calls it.
 */
export async function unsafeWriteBackup(
	handle: Pick<DatabaseHandle, 'db' | 'kind'>,
	write: (text: string) => Promise<void>
): Promise<BackupSummary> {
	const { db } = handle;
	// Logged before the snapshot is taken, so the backup holds the record of its own making.
	await db.transaction((tx) =>
		appendAudit(tx, anonymousActor, { action: 'backup', entityType: 'database' })
	);
	return db.transaction(
		async (tx) => {
			await useUtc(tx);
			const migrations = await appliedMigrationCount(tx);
			const header: BackupHeader = {
				format: backupFormat,
				version: backupFormatVersion,
				createdAt: new Date().toISOString(),
				source: handle.kind,
				migrations,
				tables: [...backupTableNames]
			};
			await write(`${JSON.stringify(header)}\n`);
			const rows: Record<string, number> = {};
			for (const table of backupTables) {
				const name = tableName(table);
				const columns = await tableColumns(tx, name);
				const perFetch = columns.some((c) => c.isBytea) ? rowsWithFilesPerFetch : rowsPerFetch;
				const prefix = `{"table":${JSON.stringify(name)},"row":`;
				let count = 0;
				await openRowCursor(tx, name, columns, primaryKeyColumns(table));
				for (;;) {
					const texts = await fetchRowTexts(tx, perFetch);
					if (texts.length === 0) break;
					await write(texts.map((text) => `${prefix}${text}}\n`).join(''));
					count += texts.length;
				}
				await closeRowCursor(tx);
				rows[name] = count;
			}
			const footer: BackupFooter = { end: true, rows };
			await write(`${JSON.stringify(footer)}\n`);
			return { migrations, rows };
		},
		{ isolationLevel: 'repeatable read', accessMode: 'read only' }
	);
}

/**
 * Writes the backup to `file`, gzip-compressed when the name ends in .gz. The file appears only
 * once complete (it is written under another name first) and is readable by its owner only, as
 * it holds password hashes.
 */
export async function unsafeWriteBackupFile(
	handle: Pick<DatabaseHandle, 'db' | 'kind'>,
	file: string
): Promise<BackupSummary> {
	const partial = `${file}.partial`;
	const output = createWriteStream(partial, { mode: 0o600 });
	const gzip = /\.gz$/i.test(file) ? createGzip() : null;
	const head: Writable = gzip ?? output;
	const done = gzip ? pipeline(gzip, output) : finished(output);
	// Awaited below; this only keeps a failure before then from counting as unhandled.
	done.catch(() => undefined);
	try {
		await Promise.race([once(output, 'open'), done]);
		const summary = await unsafeWriteBackup(handle, async (text) => {
			if (!head.write(text)) await Promise.race([once(head, 'drain'), done]);
		});
		head.end();
		await done;
		await rename(partial, file);
		return summary;
	} catch (error) {
		head.destroy();
		output.destroy();
		await done.catch(() => undefined);
		await rm(partial, { force: true });
		throw error;
	}
}

import { z } from 'zod';

export const backupFormat = 'platform-backup';
export const backupFormatVersion = 1;

/** First line of a backup: what it is, where it came from and which tables it holds. */
export const backupHeaderSchema = z.object({
	format: z.literal(backupFormat),
	version: z.literal(backupFormatVersion),
	createdAt: z.iso.datetime({ offset: true }),
	source: z.enum(['pglite', 'postgres']),
	migrations: z.number().int().min(0),
	tables: z.array(z.string())
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** One line per row, in the order of `backupTables`. */
export const backupRowSchema = z.object({
	table: z.string(),
	row: z.record(z.string(), z.unknown())
});

/** Last line: rows per table, so that a cut-off file is told apart from a complete one. */
export const backupFooterSchema = z.object({
	end: z.literal(true),
	rows: z.record(z.string(), z.number().int().min(0))
});
export type BackupFooter = z.infer<typeof backupFooterSchema>;

/** A backup that cannot be written or restored; the message is for the operator. */
export class BackupError extends Error {}

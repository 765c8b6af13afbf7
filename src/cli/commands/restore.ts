import { existsSync } from 'node:fs';
import { parseInput } from '../../lib/server/api/validation';
import { unsafeVerifyAuditChain } from '../../lib/server/audit/verify-audit';
import { unsafeRestoreBackupFile } from '../../lib/server/backup/restore-backup';
import { defineCommand, UsageError } from '../command';
import { fileArgSchema } from '../schemas';

export const restoreCommand = defineCommand({
	words: ['restore'],
	summary: 'Restore a backup into an empty database (embedded or PostgreSQL)',
	usage: [
		'Usage: npm run cli -- restore FILE',
		'',
		'  FILE  a file written by the backup command. The database must be empty: point DATA_DIR',
		'        at a new directory, or DATABASE_URL at a new PostgreSQL database.'
	].join('\n'),
	options: {},
	positionals: ['FILE'],
	migrateFirst: true,
	parse(_values, [file]) {
		const path = parseInput(fileArgSchema, file);
		if (!existsSync(path)) throw new UsageError(`No such file: ${path}`);
		return path;
	},
	async run(handle, file, io) {
		const { header, rows } = await unsafeRestoreBackupFile(handle.db, file);
		const total = Object.values(rows).reduce((sum, n) => sum + n, 0);
		io.out(`ok: restored ${total} rows from a backup of ${header.createdAt} (${header.source})`);
		const audit = await unsafeVerifyAuditChain(handle.db);
		if (!audit.ok) {
			io.out(`warning: the restored audit log is broken at seq ${audit.brokenAtSeq}`);
			return 1;
		}
		io.out(`audit log: ok, ${audit.entries} entries`);
		return 0;
	}
});

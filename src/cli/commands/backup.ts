import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseInput } from '../../lib/server/api/validation';
import { unsafeWriteBackupFile } from '../../lib/server/backup/write-backup';
import { defineCommand, UsageError } from '../command';
import { fileArgSchema } from '../schemas';

export const backupCommand = defineCommand({
	words: ['backup'],
	summary: 'Write a backup of the whole database to FILE (gzip if FILE ends in .gz)',
	usage: [
		'Usage: npm run cli -- backup FILE',
		'',
		'  FILE  where to write; JSON lines, gzip-compressed when the name ends in .gz.',
		'        It holds password hashes: keep it as safe as the database.'
	].join('\n'),
	options: {},
	positionals: ['FILE'],
	migrateFirst: true,
	parse(_values, [file]) {
		const path = parseInput(fileArgSchema, file);
		const dir = dirname(resolve(path));
		if (!existsSync(dir)) throw new UsageError(`No such directory: ${dir}`);
		return path;
	},
	async run(handle, file, io) {
		const summary = await unsafeWriteBackupFile(handle, file);
		const rows = Object.values(summary.rows).reduce((sum, n) => sum + n, 0);
		io.out(`ok: wrote ${rows} rows of ${Object.keys(summary.rows).length} tables to ${file}`);
		return 0;
	}
});

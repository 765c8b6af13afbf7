import { defineCommand } from '../command';

export const migrateCommand = defineCommand({
	words: ['migrate'],
	summary: 'Apply pending database migrations',
	usage: 'Usage: npm run cli -- migrate',
	options: {},
	migrateFirst: false,
	parse: () => null,
	async run(handle, _input, io) {
		await handle.migrate();
		io.out('ok: the database schema is up to date');
		return 0;
	}
});

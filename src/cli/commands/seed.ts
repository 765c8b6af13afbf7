import { unsafeSeedNetwork } from '../../lib/server/registry/seed-network';
import { defineCommand } from '../command';

export const seedCommand = defineCommand({
	words: ['seed'],
	summary: 'Create the network and its seed records (safe to repeat)',
	usage: 'Usage: npm run cli -- seed',
	options: {},
	migrateFirst: true,
	parse: () => null,
	async run(handle, _input, io) {
		const { created } = await unsafeSeedNetwork(handle.db);
		io.out(
			created
				? 'ok: the network was created with its seed records'
				: 'ok: the network exists; any missing seed records were added'
		);
		return 0;
	}
});

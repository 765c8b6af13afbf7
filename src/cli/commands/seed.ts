import { unsafeSeedNetwork } from '../../lib/server/registry/seed-network';
import { unsafeSeedCalendar } from '../../lib/server/calendar/seed-calendar';
import { unsafeSeedReports } from '../../lib/server/reports/seed-reports';
import { unsafeSeedStatistics } from '../../lib/server/statistics/seed-statistics';
import { unsafeSeedGovernance } from '../../lib/server/presidency/seed-governance';
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
		await unsafeSeedGovernance(handle.db);
		await unsafeSeedCalendar(handle.db);
		await unsafeSeedReports(handle.db);
		await unsafeSeedStatistics(handle.db);
		io.out(
			created
				? 'ok: the network was created with its seed records'
				: 'ok: the network exists; any missing seed records were added'
		);
		return 0;
	}
});

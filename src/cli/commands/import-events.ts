import { readFile } from 'node:fs/promises';
import { ImportError, unsafeImportEvents } from '../../lib/server/calendar/import-events';
import { stringOption, UsageError } from '../command';
import { defineImportKind } from './import-kind';

/** `import events FILE --network SLUG`: training courses and other events from a CSV. */
export const eventsImport = defineImportKind({
	summary: 'events from a CSV, e.g. ALCOPAZ’s yearly plan of courses (README: Importing events)',
	usage: '  --network SLUG  (events) the network whose calendar receives the events',
	options: { network: { type: 'string' } },
	parse(values) {
		const network = stringOption(values, 'network');
		if (!network) throw new UsageError('Missing option: --network');
		return { network };
	},
	async run(handle, file, input, io) {
		try {
			const result = await unsafeImportEvents(
				handle.db,
				input.network,
				await readFile(file, 'utf8')
			);
			io.out(
				`ok: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged`
			);
			return 0;
		} catch (error) {
			if (!(error instanceof ImportError)) throw error;
			io.err(`error: ${error.problems.length} problem(s) found; nothing was imported`);
			for (const p of error.problems) io.err(`  line ${p.line}, ${p.field}: ${p.message}`);
			return 1;
		}
	}
});

import { existsSync } from 'node:fs';
import { parseInput } from '../../lib/server/api/validation';
import { defineCommand, UsageError } from '../command';
import { fileArgSchema } from '../schemas';
import { eventsImport } from './import-events';
import { unContributionsImport } from './import-un-contributions';
import type { ImportKind } from './import-kind';

/** The kinds of file `import` reads. A new kind: its own file, and one line here. */
export const importKinds: Record<string, ImportKind<unknown>> = {
	events: eventsImport,
	'un-contributions': unContributionsImport
};

const names = () => Object.keys(importKinds).sort();

export const importCommand = defineCommand({
	words: ['import'],
	summary: `Import a file into the database (${names().join(', ')})`,
	usage: [
		'Usage: npm run cli -- import KIND FILE [options]',
		'',
		...names().map((name) => `  ${name.padEnd(16)} ${importKinds[name]!.summary}`),
		'',
		...names().map((name) => importKinds[name]!.usage)
	].join('\n'),
	options: Object.assign({}, ...Object.values(importKinds).map((kind) => kind.options)),
	positionals: ['KIND', 'FILE'],
	migrateFirst: true,
	parse(values, [name, file]) {
		const kind = importKinds[name ?? ''];
		if (!kind) throw new UsageError(`Unknown import kind "${name}"; known: ${names().join(', ')}`);
		const path = parseInput(fileArgSchema, file);
		if (!existsSync(path)) throw new UsageError(`No such file: ${path}`);
		return { kind, path, input: kind.parse(values) };
	},
	run: (handle, { kind, path, input }, io) => kind.run(handle, path, input, io)
});

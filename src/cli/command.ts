import { parseArgs } from 'node:util';
import type { DatabaseHandle } from '../lib/server/db/client';
import type { CliIo } from './io';

/** Wrong use of the command line: the message is printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

export type OptionSpec = { type: 'string' } | { type: 'boolean' };
export type OptionValues = Record<string, string | boolean | undefined>;

export interface CommandSpec<I> {
	/** The words that name the command, e.g. ['user', 'create']. */
	words: string[];
	summary: string;
	/** Synopsis lines and option descriptions, printed on --help and on wrong use. */
	usage: string;
	options: Record<string, OptionSpec>;
	/** Names of the positional arguments, all required. */
	positionals?: string[];
	/** Whether pending migrations are applied before the command runs. */
	migrateFirst: boolean;
	/** Checks the arguments before the database is opened; throws UsageError or ValidationError. */
	parse(values: OptionValues, positionals: string[]): I;
	run(handle: DatabaseHandle, input: I, io: CliIo): Promise<number>;
}

export type Prepared =
	{ help: true } | { help: false; run(handle: DatabaseHandle, io: CliIo): Promise<number> };

export interface Command {
	words: string[];
	summary: string;
	usage: string;
	migrateFirst: boolean;
	prepare(args: string[]): Prepared;
}

export function defineCommand<I>(spec: CommandSpec<I>): Command {
	return {
		words: spec.words,
		summary: spec.summary,
		usage: spec.usage,
		migrateFirst: spec.migrateFirst,
		prepare(args) {
			const { values, positionals } = parseCommandLine(args, spec.options);
			if (values.help === true) return { help: true };
			const expected = spec.positionals ?? [];
			if (positionals.length < expected.length) {
				throw new UsageError(`Missing argument: ${expected[positionals.length]}`);
			}
			if (positionals.length > expected.length) {
				throw new UsageError(`Unexpected argument: ${positionals[expected.length]}`);
			}
			const input = spec.parse(values, positionals);
			return { help: false, run: (handle, io) => spec.run(handle, input, io) };
		}
	};
}

function parseCommandLine(args: string[], options: Record<string, OptionSpec>) {
	try {
		return parseArgs({
			args,
			options: { ...options, help: { type: 'boolean', short: 'h' } },
			strict: true,
			allowPositionals: true
		});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? '';
		if (code.startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message);
		throw error;
	}
}

export function stringOption(values: OptionValues, name: string): string | undefined {
	const value = values[name];
	return typeof value === 'string' ? value : undefined;
}

import { databaseOptionsFromEnv, openDatabase, type DatabaseHandle } from '../lib/server/db/client';
import { DataDirLockedError } from '../lib/server/db/lock';
import { DomainError, ValidationError } from '../lib/server/errors';
import { BackupError } from '../lib/server/backup/schemas';
import { translate } from '../lib/i18n/translate';
import { UsageError, type Command } from './command';
import type { CliIo } from './io';
import { auditVerifyCommand } from './commands/audit-verify';
import { backupCommand } from './commands/backup';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { migrateCommand } from './commands/migrate';
import { restoreCommand } from './commands/restore';
import { seedCommand } from './commands/seed';
import { tokenCreateCommand } from './commands/token-create';
import { userCreateCommand } from './commands/user-create';
import { networkCreateCommand } from './commands/network-create';
import { participantAddCommand } from './commands/participant-add';
import { conferenceAddCommand } from './commands/conference-add';
import { presidencyAddCommand } from './commands/presidency-add';

export const commands: readonly Command[] = [
	migrateCommand,
	seedCommand,
	networkCreateCommand,
	participantAddCommand,
	conferenceAddCommand,
	presidencyAddCommand,
	userCreateCommand,
	tokenCreateCommand,
	exportCommand,
	auditVerifyCommand,
	backupCommand,
	restoreCommand,
	importCommand
];

export function generalUsage(): string {
	const width = Math.max(...commands.map((c) => c.words.join(' ').length));
	return [
		'Usage: npm run cli -- <command> [options]',
		'',
		'Commands:',
		...commands.map((c) => `  ${c.words.join(' ').padEnd(width)}  ${c.summary}`),
		'',
		'Run a command with --help for its options.',
		'The database is the PostgreSQL server in DATABASE_URL if set, otherwise the embedded',
		'database in DATA_DIR (default ./data), which only one process may open at a time.'
	].join('\n');
}

export type OpenDatabase = () => Promise<DatabaseHandle>;

/** Runs one command line and returns the exit code: 0 done, 1 failed, 2 wrong use or database busy. */
export async function runCli(
	argv: readonly string[],
	io: CliIo,
	open: OpenDatabase = () => openDatabase(databaseOptionsFromEnv())
): Promise<number> {
	const [first] = argv;
	if (first === undefined || ['help', '--help', '-h'].includes(first)) {
		(first === undefined ? io.err : io.out)(generalUsage());
		return first === undefined ? 2 : 0;
	}
	const command = commands.find((c) => c.words.every((word, i) => argv[i] === word));
	if (!command) {
		const given = argv
			.filter((arg) => !arg.startsWith('-'))
			.slice(0, 2)
			.join(' ');
		io.err(`error: unknown command "${given || first}"\n`);
		io.err(generalUsage());
		return 2;
	}

	let prepared;
	try {
		prepared = command.prepare(argv.slice(command.words.length));
	} catch (error) {
		return reportUsageProblem(error, command, io);
	}
	if (prepared.help) {
		io.out(command.usage);
		return 0;
	}

	let handle: DatabaseHandle;
	try {
		handle = await open();
	} catch (error) {
		if (error instanceof DataDirLockedError) {
			io.err(error.message);
			return 2;
		}
		io.err(`error: cannot open the database: ${errorText(error)}`);
		return 1;
	}
	try {
		if (command.migrateFirst) await handle.migrate();
		return await prepared.run(handle, io);
	} catch (error) {
		if (error instanceof UsageError || error instanceof ValidationError) {
			return reportUsageProblem(error, command, io);
		}
		io.err(`error: ${errorText(error)}`);
		return 1;
	} finally {
		await handle.close();
	}
}

function reportUsageProblem(error: unknown, command: Command, io: CliIo): number {
	if (error instanceof UsageError) {
		io.err(`error: ${error.message}`);
	} else if (error instanceof ValidationError) {
		io.err('error: invalid arguments');
		for (const field of error.fieldErrors) io.err(`  ${optionName(field.path)}: ${field.message}`);
	} else {
		throw error;
	}
	io.err('');
	io.err(command.usage);
	return 2;
}

/** A field of the parsed input, named as the option that gave it. */
function optionName(path: string): string {
	if (path === '') return 'arguments';
	return `--${path.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

function errorText(error: unknown): string {
	if (error instanceof DomainError) {
		// Generic keys only say what kind of failure it was; the message says which record.
		const translated = translate(error.messageKey);
		if (translated === error.messageKey || error.messageKey.startsWith('error_'))
			return error.message;
		return translated;
	}
	if (error instanceof BackupError) return error.message;
	if (error instanceof AggregateError && !error.message) {
		return error.errors.map(errorText).join('; ');
	}
	if (error instanceof Error) return error.message || error.name;
	return String(error);
}

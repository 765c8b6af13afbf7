import type { DatabaseHandle } from '../../lib/server/db/client';
import type { OptionSpec, OptionValues } from '../command';
import type { CliIo } from '../io';

/** One kind of file `import KIND FILE` reads; each kind lives in its own file. */
export interface ImportKind<I> {
	summary: string;
	/** Option lines for the usage text. */
	usage: string;
	options: Record<string, OptionSpec>;
	/** Checks the options before the database is opened; throws UsageError or ValidationError. */
	parse(values: OptionValues): I;
	run(handle: DatabaseHandle, file: string, input: I, io: CliIo): Promise<number>;
}

export function defineImportKind<I>(kind: ImportKind<I>): ImportKind<unknown> {
	return kind as ImportKind<unknown>;
}

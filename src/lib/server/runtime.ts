import { databaseOptionsFromEnv, openDatabase, type DatabaseHandle } from './db/client';
import { unsafeSeedNetwork } from './registry/seed-network';
import { unsafeEnsureFirstAdmin } from './auth/ensure-first-admin';

let handle: DatabaseHandle | undefined;
let opening: Promise<DatabaseHandle> | undefined;

/**
 * Opens the database once per process, migrates it, seeds the network and, on the very first
 * start, prints a one-time link for the first administrator.
 */
export function startRuntime(): Promise<DatabaseHandle> {
	opening ??= (async () => {
		const opened = await openDatabase(databaseOptionsFromEnv());
		try {
			await opened.migrate();
			await unsafeSeedNetwork(opened.db);
			const link = await unsafeEnsureFirstAdmin(opened.db, publicOrigin());
			if (link) {
				console.log(
					`\nNo administrator exists yet. Open this one-time link to create the first one ` +
						`(valid 24 hours, shown only now):\n\n  ${link}\n`
				);
			}
		} catch (error) {
			await opened.close();
			throw error;
		}
		handle = opened;
		return opened;
	})();
	return opening;
}

export function runtimeDb(): DatabaseHandle['db'] {
	if (!handle) throw new Error('The database is not open yet');
	return handle.db;
}

export async function stopRuntime(): Promise<void> {
	const closing = handle;
	handle = undefined;
	opening = undefined;
	await closing?.close();
}

export function publicOrigin(): string {
	return process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? '3000'}`;
}

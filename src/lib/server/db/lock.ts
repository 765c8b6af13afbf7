import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
	constructor(
		readonly dataDir: string,
		readonly pid: number
	) {
		super(
			`The data directory ${dataDir} is in use by another process (pid ${pid}). ` +
				'Only one process may open the embedded database: stop the server first, ' +
				'or set DATABASE_URL to use a PostgreSQL server.'
		);
	}
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * PGlite has no lock of its own, and two processes on one directory corrupt it silently, so the
 * directory is guarded by a pid file created exclusively. A file left by a dead process is taken
 * over.
 */
export function lockDataDir(dataDir: string): () => void {
	const file = join(dataDir, 'platform.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(file, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			let released = false;
			return () => {
				if (released) return;
				released = true;
				try {
					unlinkSync(file);
				} catch {
					// already gone: nothing to release
				}
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
			if (Number.isFinite(pid) && pid !== process.pid && isAlive(pid)) {
				throw new DataDirLockedError(dataDir, pid);
			}
			unlinkSync(file);
		}
	}
	throw new Error(`Could not lock ${dataDir}`);
}

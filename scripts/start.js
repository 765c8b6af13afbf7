// `npm start`: builds on first use (or when sources are newer than the build), then serves the
// production server. ORIGIN defaults to the local address so form posts pass the origin check.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function newestMtime(dir) {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.name === 'paraglide') continue;
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
	}
	return newest;
}

const built = 'build/index.js';
const stale =
	!existsSync(built) ||
	Math.max(newestMtime('src'), newestMtime('messages'), statSync('package.json').mtimeMs) >
		statSync(built).mtimeMs;
if (stale) {
	console.log('Building the platform (once, about a minute)…');
	// The build's own output only matters when it fails.
	const result = spawnSync('npm', ['run', 'build', '--silent'], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	if (result.status !== 0) {
		process.stdout.write(result.stdout ?? '');
		process.stderr.write(result.stderr ?? '');
		process.exit(result.status ?? 1);
	}
}

process.env.PORT ??= '3000';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
process.env.BODY_SIZE_LIMIT ??= '12M';
process.env.SHUTDOWN_TIMEOUT ??= '10';
await import('./server.js');

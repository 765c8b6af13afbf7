// End-to-end tests in Debian's Chromium against the production build. Installs Chromium when
// run as root on a machine without it; never downloads a browser of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
	if (userInfo().uid !== 0) {
		console.error(`Chromium not found at ${chromium}: install Debian's chromium package.`);
		process.exit(1);
	}
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation'], {
		stdio: 'inherit'
	});
}
const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit'
});
process.exit(result.status ?? 1);

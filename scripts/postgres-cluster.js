// A throwaway PostgreSQL cluster on a free loopback port, for the test suite when DATABASE_URL is
// not given. Uses the machine's postgres binaries; as root on a machine without them, installs
// Debian's postgresql package first. PostgreSQL refuses to run as root, so it runs as `postgres`.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

function findBinDir() {
	const root = '/usr/lib/postgresql';
	if (existsSync(root)) {
		const versions = readdirSync(root)
			.filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
			.sort((a, b) => Number(b) - Number(a));
		if (versions[0]) return join(root, versions[0], 'bin');
	}
	const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
	if (which.status === 0) return join(which.stdout.trim(), '..');
	return null;
}

function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

export async function startThrowawayPostgres() {
	const isRoot = userInfo().uid === 0;
	let bin = findBinDir();
	if (!bin && isRoot) {
		execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit' });
		bin = findBinDir();
	}
	if (!bin) throw new Error('No PostgreSQL binaries found: install postgresql or set DATABASE_URL');
	const dir = mkdtempSync(join(tmpdir(), 'platform-pg-'));
	const asPostgres = (cmd, args) => {
		const full = join(bin, cmd);
		return isRoot
			? execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'pipe' })
			: execFileSync(full, args, { stdio: 'pipe' });
	};
	if (isRoot) {
		const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
		chownSync(dir, uid, gid);
	}
	const data = join(dir, 'data');
	asPostgres('initdb', [
		'-D',
		data,
		'-U',
		'postgres',
		'--auth=trust',
		'-E',
		'UTF8',
		'--locale=C.UTF-8'
	]);
	const port = await freePort();
	asPostgres('pg_ctl', [
		'-D',
		data,
		'-l',
		join(dir, 'server.log'),
		'-w',
		'-o',
		`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`,
		'start'
	]);
	return {
		url: `postgres://postgres@127.0.0.1:${port}/postgres`,
		stop() {
			try {
				asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}

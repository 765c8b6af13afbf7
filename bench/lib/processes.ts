// Starting and stopping the servers the bench measures: each in its own process, on its own port.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

export interface Server {
	origin: string;
	pid: number;
	stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) resolve();
		else child.once('exit', () => resolve());
	});
}

async function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
	await exited(child);
	clearTimeout(timer);
}

/** The Node.js flags package.json's start script gives the server, so the bench runs the same. */
function startFlags(): string[] {
	const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
		scripts: { start: string };
	};
	return manifest.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}

/** The production build, as `npm start` runs it, once its health check answers. */
export async function startApp(options: {
	database: { DATA_DIR: string } | { DATABASE_URL: string };
	nodeArgs?: string[];
}): Promise<Server> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const args = [...startFlags(), ...(options.nodeArgs ?? []), 'scripts/server.js'];
	const child = spawn(process.execPath, args, {
		env: {
			...process.env,
			DATA_DIR: '',
			DATABASE_URL: '',
			...options.database,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			SMTP_URL: '',
			BODY_SIZE_LIMIT: '12M',
			SHUTDOWN_TIMEOUT: '5'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const deadline = Date.now() + 120_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`The server exited at start:\n${output}`);
		if (Date.now() > deadline) {
			await stopChild(child);
			throw new Error(`The server did not answer /healthz within 120 s:\n${output}`);
		}
		const ok = await fetch(`${origin}/healthz`)
			.then((r) => r.ok)
			.catch(() => false);
		if (ok) break;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	let stopping = false;
	// A server that dies under load says why, instead of leaving only refused connections.
	child.once('exit', (code, signal) => {
		if (!stopping) console.error(`The server exited (${code ?? signal}):\n${output.slice(-4000)}`);
	});
	return {
		origin,
		pid: child.pid!,
		stop: () => {
			stopping = true;
			return stopChild(child);
		}
	};
}

export interface FloorPage {
	status: number;
	contentType: string;
	body: Buffer;
}

/** The floor server, answering each path (keys without a query string) with the given bytes. */
export async function startFloor(pages: Map<string, FloorPage>, file: string): Promise<Server> {
	const { writeFileSync } = await import('node:fs');
	writeFileSync(
		file,
		JSON.stringify(
			Object.fromEntries(
				[...pages].map(([key, page]) => [key, { ...page, body: page.body.toString('base64') }])
			)
		)
	);
	const port = await freePort();
	const child = fork(path.join(import.meta.dirname, 'floor-server.js'), [file, String(port)], {
		execArgv: [],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	await new Promise<void>((resolve, reject) => {
		child.once('message', () => resolve());
		child.once('exit', (code) => reject(new Error(`The floor server exited (${code})`)));
	});
	return { origin: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => stopChild(child) };
}

/** The peak resident set of a process so far, in MB (Linux). */
export function peakResidentMb(pid: number): number | null {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = status.match(/^VmHWM:\s+(\d+)\s+kB/m)?.[1];
		return kb ? Number(kb) / 1024 : null;
	} catch {
		return null;
	}
}

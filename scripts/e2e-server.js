// The server for end-to-end tests: a fresh embedded database, seeded, with the test accounts
// made by the CLI (before the server takes the data directory's lock), then the production build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const port = process.env.E2E_PORT ?? '4173';
// Separate directories let several end-to-end runs go on side by side.
const dataDir = resolve(process.env.E2E_DATA_DIR ?? '.tmp/e2e-data');
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', SMTP_URL: '' };

export const e2eUsers = {
	argEditor: { email: 'editor.arg@e2e.test', participant: 'ARG', role: 'editor' },
	braFocal: { email: 'focal.bra@e2e.test', participant: 'BRA', role: 'focal_point' },
	espObserver: { email: 'observer.esp@e2e.test', participant: 'ESP', role: 'focal_point' },
	argFocal: { email: 'focal.arg@e2e.test', participant: 'ARG', role: 'focal_point' },
	// Paraguay holds the Presidency today.
	pryFocal: { email: 'focal.pry@e2e.test', participant: 'PRY', role: 'focal_point' },
	// A partner organisation, which offers support in the cooperation exchange.
	alcopazFocal: { email: 'focal.alcopaz@e2e.test', participant: 'alcopaz', role: 'focal_point' }
};
const password = 'e2e-password-123456';

const cli = (...args) =>
	execFileSync('npx', ['tsx', 'src/cli/main.ts', ...args], { env, stdio: 'pipe' });
cli('migrate');
cli('seed');
for (const user of Object.values(e2eUsers)) {
	cli(
		'user',
		'create',
		'--network',
		'relacopaz',
		'--participant',
		user.participant,
		'--email',
		user.email,
		'--role',
		user.role,
		'--password',
		password
	);
}
cli('user', 'create', '--admin', '--email', 'admin@e2e.test', '--password', password);
// A second administrator for the networks journey, which enrols its own second factor.
cli('user', 'create', '--admin', '--email', 'networks.admin@e2e.test', '--password', password);
// A third for the every-page language check, which walks the administration's pages.
cli('user', 'create', '--admin', '--email', 'languages.admin@e2e.test', '--password', password);
const lastLine = (output) => output.toString().trim().split('\n').at(-1);
const tokens = {
	argEditor: lastLine(cli('token', 'create', '--email', e2eUsers.argEditor.email)),
	braFocal: lastLine(cli('token', 'create', '--email', e2eUsers.braFocal.email)),
	espObserver: lastLine(cli('token', 'create', '--email', e2eUsers.espObserver.email))
};
writeFileSync(
	`${dataDir}-users.json`,
	JSON.stringify(
		{
			users: e2eUsers,
			password,
			admin: 'admin@e2e.test',
			networksAdmin: 'networks.admin@e2e.test',
			languagesAdmin: 'languages.admin@e2e.test',
			tokens
		},
		null,
		2
	)
);

process.env.DATA_DIR = dataDir;
process.env.PORT = port;
process.env.ORIGIN = `http://localhost:${port}`;
process.env.BODY_SIZE_LIMIT = '12M';
process.env.DATABASE_URL = '';
process.env.SMTP_URL = '';
// The webhook journey's receiver listens on the loopback address, and hears within a second.
process.env.WEBHOOK_ALLOW_PRIVATE = '1';
process.env.WEBHOOK_INTERVAL_MS = '1000';
await import('./server.js');

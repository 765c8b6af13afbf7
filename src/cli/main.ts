import { existsSync } from 'node:fs';

// Domain code imports '$lib/…', which tsx resolves through tsconfig.json and the paths that
// `svelte-kit sync` writes into .svelte-kit/; both are looked up from the working directory.
const missing = ['.svelte-kit/tsconfig.json', 'src/lib/paraglide/messages.js'].filter(
	(file) => !existsSync(file)
);
if (missing.length > 0) {
	process.stderr.write(
		`error: ${missing.join(' and ')} not found. Run the CLI from the project directory ` +
			'(npm run cli -- …) after `npm install`, which generates them.\n'
	);
	process.exit(2);
}

const { overwriteGetLocale, locales } = await import('../lib/paraglide/runtime.js');
const { runCli } = await import('./run');
const { processIo } = await import('./io');

// Messages from the domain follow the operator's language when it is one of the platform's.
const envLocale = (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '').slice(
	0,
	2
);
const locale = (locales as readonly string[]).includes(envLocale) ? envLocale : 'en';
overwriteGetLocale(() => locale as (typeof locales)[number]);

process.exitCode = await runCli(process.argv.slice(2), processIo);

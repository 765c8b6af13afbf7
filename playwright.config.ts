import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 30_000,
	reporter: process.env.REPORT_DIR
		? [['list'], ['json', { outputFile: `${process.env.REPORT_DIR}/e2e.json` }]]
		: [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		// Journeys read the Spanish interface, which a browser asking for Spanish gets first.
		locale: 'es-ES',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		},
		trace: 'off',
		screenshot: 'off'
	},
	webServer: {
		command: `node scripts/e2e-server.js`,
		url: `http://localhost:${port}/healthz`,
		reuseExistingServer: false,
		// Seeding through the command line is slow on a busy machine.
		timeout: Number(process.env.E2E_SERVER_TIMEOUT ?? 180_000),
		stdout: 'pipe',
		stderr: 'pipe',
		env: { E2E_PORT: String(port) }
	}
});

import { describe, expect, it } from 'vitest';
import { startupLog } from './startup-log';

describe('startupLog', () => {
	it('says the database is ready, the network seeded, the address and the one-time link', () => {
		const log = startupLog({
			database: 'pglite',
			dataDir: './data',
			network: 'relacopaz',
			origin: 'http://localhost:3000',
			adminLink: 'http://localhost:3000/setup/abc'
		});
		expect(log.split('\n').slice(0, 3)).toEqual([
			'✓ Database ready (embedded, in ./data)',
			'✓ Network "relacopaz" seeded',
			'✓ Serving http://localhost:3000'
		]);
		expect(log).toContain('  http://localhost:3000/setup/abc');
	});

	it('leaves the link out once an administrator exists', () => {
		const log = startupLog({
			database: 'postgres',
			dataDir: './data',
			network: 'relacopaz',
			origin: 'https://relacopaz.example',
			adminLink: null
		});
		expect(log).not.toContain('one-time');
		expect(log.split('\n')).toHaveLength(3);
	});
});

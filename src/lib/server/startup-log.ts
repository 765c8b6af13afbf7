/**
 * What the server says when it starts: a few lines an operator can act on, the one-time
 * administrator link last, because it is the one thing to do next.
 */
export function startupLog(facts: {
	database: 'pglite' | 'postgres';
	dataDir: string;
	network: string;
	origin: string;
	adminLink: string | null;
}): string {
	const lines = [
		facts.database === 'pglite'
			? `✓ Database ready (embedded, in ${facts.dataDir})`
			: '✓ Database ready (PostgreSQL server)',
		`✓ Network "${facts.network}" seeded`,
		`✓ Serving ${facts.origin}`
	];
	if (facts.adminLink) {
		lines.push(
			'',
			'No administrator exists yet. Open this one-time link to create the first one',
			'(valid 24 hours, shown only now):',
			'',
			`  ${facts.adminLink}`,
			''
		);
	}
	return lines.join('\n');
}

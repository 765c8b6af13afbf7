import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readBackupLines } from './restore-backup';

const dir = mkdtempSync(join(tmpdir(), 'backup-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
	const result: string[] = [];
	for await (const line of lines) result.push(line);
	return result;
}

// Long enough to span many read chunks, with characters of several bytes on the boundaries.
const lines = [
	'{"a":1}',
	'ñandú '.repeat(50_000),
	'',
	`${randomBytes(300_000).toString('base64')}€`,
	'€'.repeat(100_003),
	'last'
];

/** Compared without printing megabytes of text when they differ. */
function expectSameLines(actual: string[]): void {
	expect(actual.map((line) => line.length)).toEqual(lines.map((line) => line.length));
	expect(actual.every((line, i) => line === lines[i])).toBe(true);
}

describe('readBackupLines', () => {
	it('reads a plain file line by line', async () => {
		const file = join(dir, 'plain.jsonl');
		writeFileSync(file, lines.join('\n'));
		expectSameLines(await collect(readBackupLines(file)));
	});

	it('reads a gzip-compressed file, whatever its name', async () => {
		const file = join(dir, 'compressed.jsonl');
		writeFileSync(file, gzipSync(`${lines.join('\n')}\n`));
		expectSameLines(await collect(readBackupLines(file)));
	});

	it('fails on a damaged compressed file', async () => {
		const file = join(dir, 'damaged.gz');
		const compressed = gzipSync(lines.join('\n'));
		writeFileSync(file, compressed.subarray(0, compressed.length >> 1));
		await expect(collect(readBackupLines(file))).rejects.toThrow();
	});
});

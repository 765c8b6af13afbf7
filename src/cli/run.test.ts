import { describe, expect, it } from 'vitest';
import { runCli, type OpenDatabase } from './run';
import type { CliIo } from './io';

function capture() {
	const out: string[] = [];
	const err: string[] = [];
	const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text) };
	return { io, out, err };
}

/** Argument problems are found before the database is opened. */
const neverOpen: OpenDatabase = () => {
	throw new Error('the database must not be opened');
};

describe('runCli without a database', () => {
	it('prints the usage and exits 2 when no command is given', async () => {
		const { io, err } = capture();
		expect(await runCli([], io, neverOpen)).toBe(2);
		expect(err.join('\n')).toContain('Usage: npm run cli -- <command>');
	});

	it('prints the usage on stdout and exits 0 for help', async () => {
		const { io, out } = capture();
		expect(await runCli(['--help'], io, neverOpen)).toBe(0);
		expect(out.join('\n')).toContain('audit verify');
	});

	it('rejects an unknown command with the usage', async () => {
		const { io, err } = capture();
		expect(await runCli(['user', 'delete', '--email', 'a@b.c'], io, neverOpen)).toBe(2);
		expect(err[0]).toBe('error: unknown command "user delete"\n');
		expect(err.join('\n')).toContain('Commands:');
	});

	it("prints a command's own usage for --help", async () => {
		const { io, out } = capture();
		expect(await runCli(['token', 'create', '--help'], io, neverOpen)).toBe(0);
		expect(out.join('\n')).toContain('token create --email EMAIL');
	});

	it('rejects unknown options and missing or extra arguments', async () => {
		for (const argv of [
			['export', '--network', 'relacopaz', '--participant', 'ARG', '--format', 'xml'],
			['backup'],
			['backup', 'a.jsonl', 'b.jsonl'],
			['audit', 'verify', 'now']
		]) {
			const { io, err } = capture();
			expect(await runCli(argv, io, neverOpen), argv.join(' ')).toBe(2);
			expect(err[0], argv.join(' ')).toMatch(/^error: /);
			expect(err.join('\n')).toContain('Usage: npm run cli -- ');
		}
	});

	it('names the option of each invalid value', async () => {
		const { io, err } = capture();
		const argv = ['user', 'create', '--network', 'relacopaz', '--participant', 'ARG'];
		expect(
			await runCli([...argv, '--email', 'not-an-email', '--role', 'boss'], io, neverOpen)
		).toBe(2);
		expect(err.some((line) => line.startsWith('  --email: '))).toBe(true);
		expect(err.some((line) => line.startsWith('  --role: '))).toBe(true);
	});

	it('refuses participant options for an administrator', async () => {
		const { io, err } = capture();
		const argv = ['user', 'create', '--admin', '--email', 'a@example.test', '--role', 'viewer'];
		expect(await runCli(argv, io, neverOpen)).toBe(2);
		expect(err[0]).toBe('error: --admin takes no --role');
	});

	it('refuses to restore a file that does not exist', async () => {
		const { io, err } = capture();
		expect(await runCli(['restore', '/nonexistent/backup.jsonl'], io, neverOpen)).toBe(2);
		expect(err[0]).toBe('error: No such file: /nonexistent/backup.jsonl');
	});

	it('refuses to write a backup into a directory that does not exist', async () => {
		const { io, err } = capture();
		expect(await runCli(['backup', '/nonexistent/dir/backup.jsonl'], io, neverOpen)).toBe(2);
		expect(err[0]).toBe('error: No such directory: /nonexistent/dir');
	});
});

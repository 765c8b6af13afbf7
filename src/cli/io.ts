/** Where the CLI prints: stdout for results, stderr for messages and errors. */
export interface CliIo {
	out(text: string): void;
	err(text: string): void;
}

export const processIo: CliIo = {
	out: (text) => process.stdout.write(`${text}\n`),
	err: (text) => process.stderr.write(`${text}\n`)
};

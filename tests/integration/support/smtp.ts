import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Received {
	to: string[];
	subject: string;
}

/** A real SMTP server on a random local port that keeps what it accepts. */
export async function startSmtp() {
	const inbox: Received[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				const raw = Buffer.concat(chunks).toString('utf8');
				// Long header lines are folded; unfolded, each subject is compared as sent.
				const headers = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
				inbox.push({
					to: session.envelope.rcptTo.map((r) => r.address),
					subject: /^Subject: (.*)$/m.exec(headers)?.[1]?.trim() ?? ''
				});
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		port: (server.server.address() as AddressInfo).port,
		inbox,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

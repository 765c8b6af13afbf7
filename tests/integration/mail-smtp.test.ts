import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { outbox, users } from '../../src/lib/server/db/schema';
import { requestPasswordReset } from '../../src/lib/server/auth/request-password-reset';
import { resetMailTransport, unsafeDeliverOutbox } from '../../src/lib/server/mail/send-mail';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';

interface Received {
	from: string;
	to: string[];
	raw: string;
}

const origin = 'https://platform.example.test';

/** A real SMTP server on a random local port that hands over each message it accepts. */
async function startSmtp() {
	const waiting: ((message: Received) => void)[] = [];
	const inbox: Received[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				const message: Received = {
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
					to: session.envelope.rcptTo.map((r) => r.address),
					raw: Buffer.concat(chunks).toString('utf8')
				};
				const next = waiting.shift();
				if (next) next(message);
				else inbox.push(message);
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.server.address() as AddressInfo).port;
	return {
		port,
		nextMessage: () =>
			new Promise<Received>((resolve) => {
				const queued = inbox.shift();
				if (queued) resolve(queued);
				else waiting.push(resolve);
			}),
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** The text of a plain message: headers dropped, quoted-printable soft breaks and escapes undone. */
function bodyOf(raw: string): string {
	const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
	return body
		.replace(/=\r\n/g, '')
		.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe(`mail over SMTP on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let smtp: Awaited<ReturnType<typeof startSmtp>>;

	beforeAll(async () => {
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
		smtp = await startSmtp();
	});

	afterAll(async () => {
		delete process.env.SMTP_URL;
		delete process.env.MAIL_FROM;
		resetMailTransport();
		await smtp?.close();
		await handle?.close();
	});

	async function newUser(locale: string | null = null) {
		const user = await network.newUser(await network.newParticipant('member'));
		if (locale) await handle.db.update(users).set({ locale }).where(eq(users.id, user.id));
		return user;
	}

	it('delivers a password reset link to a real SMTP server', async () => {
		process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
		process.env.MAIL_FROM = 'RELACOPAZ <platform@example.test>';
		resetMailTransport();
		const user = await newUser('fr');
		const arriving = smtp.nextMessage();
		await requestPasswordReset(handle.db, { email: user.email, origin });
		const message = await arriving;
		expect(message.to).toEqual([user.email]);
		expect(message.from).toBe('platform@example.test');
		expect(message.raw).toMatch(/^Subject: Choisir un nouveau mot de passe\r?$/m);
		expect(bodyOf(message.raw)).toMatch(
			/https:\/\/platform\.example\.test\/reset-password\/[A-Za-z0-9_-]{43}/
		);

		// Waits for the delivery under way to record itself.
		await unsafeDeliverOutbox(handle.db);
		const [row] = await handle.db.select().from(outbox).where(eq(outbox.recipient, user.email));
		expect(row!.sentAt).not.toBeNull();
		expect(row!.lastError).toBeNull();
	});

	it('keeps a message that could not be sent, and sends it on a later pass', async () => {
		const user = await newUser();
		const closed = await startSmtp();
		await closed.close();
		process.env.SMTP_URL = `smtp://127.0.0.1:${closed.port}`;
		resetMailTransport();
		await requestPasswordReset(handle.db, { email: user.email, origin });
		await unsafeDeliverOutbox(handle.db);
		const [failed] = await handle.db.select().from(outbox).where(eq(outbox.recipient, user.email));
		expect(failed!.sentAt).toBeNull();
		expect(failed!.lastError).toBeTruthy();

		process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
		resetMailTransport();
		const arriving = smtp.nextMessage();
		expect(await unsafeDeliverOutbox(handle.db)).toEqual({ sent: 1, failed: 0 });
		expect((await arriving).to).toEqual([user.email]);
		const [sent] = await handle.db.select().from(outbox).where(eq(outbox.recipient, user.email));
		expect(sent!.sentAt).not.toBeNull();
		expect(sent!.lastError).toBeNull();
	});

	it('leaves the message in the outbox when no SMTP server is configured', async () => {
		delete process.env.SMTP_URL;
		resetMailTransport();
		const user = await newUser();
		await requestPasswordReset(handle.db, { email: user.email, origin });
		expect(await unsafeDeliverOutbox(handle.db)).toEqual({ sent: 0, failed: 0 });
		const [row] = await handle.db.select().from(outbox).where(eq(outbox.recipient, user.email));
		expect(row!.subject).toBe('Elegir una nueva contraseña');
		expect(row!.textBody).toContain(`${origin}/reset-password/`);
		expect(row!.sentAt).toBeNull();
	});
});

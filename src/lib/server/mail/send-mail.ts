import nodemailer, { type Transporter } from 'nodemailer';
import type { Queryable, Database } from '../db/client';
import {
	insertOutboxMessage,
	claimUnsentOutbox,
	markOutboxFailed,
	markOutboxSent
} from './repository';

export interface Mail {
	to: string;
	subject: string;
	text: string;
}

export interface DeliveryResult {
	sent: number;
	failed: number;
}

/**
 * Every message is first written to the outbox, in the caller's transaction, so a rolled-back
 * change sends nothing and a message is never lost. Delivery happens after commit: over SMTP when
 * SMTP_URL is set; otherwise the outbox is where administrators read it.
 */
export function enqueueMail(q: Queryable, mail: Mail): Promise<string> {
	return insertOutboxMessage(q, { recipient: mail.to, subject: mail.subject, textBody: mail.text });
}

let transporter: Transporter | null | undefined;
function smtp(): Transporter | null {
	if (transporter === undefined) {
		const url = process.env.SMTP_URL;
		transporter = url ? nodemailer.createTransport(url) : null;
	}
	return transporter;
}

export function isSmtpConfigured(): boolean {
	return smtp() !== null;
}

/** For tests that point SMTP_URL at their own server. */
export function resetMailTransport(): void {
	transporter?.close();
	transporter = undefined;
}

export function mailFrom(): string {
	return process.env.MAIL_FROM ?? 'RELACOPAZ <no-reply@localhost>';
}

const nothingDone: DeliveryResult = { sent: 0, failed: 0 };
let delivering: Promise<DeliveryResult> = Promise.resolve(nothingDone);

/**
 * Sends what the outbox holds unsent. Passes run one after another in this process, and each
 * message is claimed in the database first, so neither overlapping calls nor other processes hand
 * a message to the server twice. Never rejects, so callers may fire and
 * forget it; a failure is kept on the message and retried by the next pass.
 */
export function unsafeDeliverOutbox(db: Database, limit = 50): Promise<DeliveryResult> {
	const pass = delivering.then(() =>
		deliverPass(db, limit).catch((error: unknown) => {
			console.error('Mail delivery stopped:', error);
			return nothingDone;
		})
	);
	delivering = pass;
	return pass;
}

async function deliverPass(db: Database, limit: number): Promise<DeliveryResult> {
	const transport = smtp();
	if (!transport) return nothingDone;
	const pending = await claimUnsentOutbox(db, limit, new Date(), 10 * 60_000);
	pending.sort(
		(a, b) =>
			Number(a.lastError !== null) - Number(b.lastError !== null) ||
			a.createdAt.getTime() - b.createdAt.getTime()
	);
	let sent = 0;
	let failed = 0;
	for (const message of pending) {
		try {
			await transport.sendMail({
				from: mailFrom(),
				to: message.recipient,
				subject: message.subject,
				text: message.textBody
			});
		} catch (error) {
			await markOutboxFailed(
				db,
				message.id,
				error instanceof Error ? error.message : String(error)
			);
			failed++;
			continue;
		}
		await markOutboxSent(db, message.id, new Date());
		sent++;
	}
	return { sent, failed };
}

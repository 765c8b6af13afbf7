import { and, asc, eq, isNull } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Queryable, Database } from '../db/client';
import { outbox } from '../db/schema';

export interface Mail {
	to: string;
	subject: string;
	text: string;
}

/**
 * Every message is first written to the outbox, in the caller's transaction, so a rolled-back
 * change sends nothing and a message is never lost. Delivery happens after commit: over SMTP when
 * SMTP_URL is set; otherwise the outbox is where administrators read it.
 */
export async function enqueueMail(q: Queryable, mail: Mail): Promise<string> {
	const [row] = await q
		.insert(outbox)
		.values({ recipient: mail.to, subject: mail.subject, textBody: mail.text })
		.returning({ id: outbox.id });
	return row!.id;
}

let transporter: Transporter | null | undefined;
function smtp(): Transporter | null {
	if (transporter === undefined) {
		const url = process.env.SMTP_URL;
		transporter = url ? nodemailer.createTransport(url) : null;
	}
	return transporter;
}

/** For tests that point SMTP_URL at their own server. */
export function resetMailTransport(): void {
	transporter?.close();
	transporter = undefined;
}

export function mailFrom(): string {
	return process.env.MAIL_FROM ?? 'RELACOPAZ <no-reply@localhost>';
}

/** Sends what the outbox holds unsent. Safe to call often; a failure is kept and retried later. */
export async function unsafeDeliverOutbox(db: Database, limit = 50): Promise<{ sent: number; failed: number }> {
	const transport = smtp();
	if (!transport) return { sent: 0, failed: 0 };
	const pending = await db
		.select()
		.from(outbox)
		.where(isNull(outbox.sentAt))
		.orderBy(asc(outbox.createdAt))
		.limit(limit);
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
			await db
				.update(outbox)
				.set({ sentAt: new Date(), lastError: null })
				.where(and(eq(outbox.id, message.id), isNull(outbox.sentAt)));
			sent++;
		} catch (error) {
			await db
				.update(outbox)
				.set({ lastError: error instanceof Error ? error.message : String(error) })
				.where(eq(outbox.id, message.id));
			failed++;
		}
	}
	return { sent, failed };
}

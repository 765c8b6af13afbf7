import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNull } from 'drizzle-orm';
import { outbox } from '../../src/lib/server/db/schema';
import {
	enqueueMail,
	resetMailTransport,
	unsafeDeliverOutbox
} from '../../src/lib/server/mail/send-mail';
import { claimUnsentOutbox } from '../../src/lib/server/mail/repository';
import { openTwoProcesses, testDbKind } from './support/test-db';
import { startSmtp } from './support/smtp';

describe(`outbox delivery from two processes on ${testDbKind}`, () => {
	let processes: Awaited<ReturnType<typeof openTwoProcesses>>;
	let smtp: Awaited<ReturnType<typeof startSmtp>>;
	const previousSmtpUrl = process.env.SMTP_URL;

	beforeAll(async () => {
		processes = await openTwoProcesses();
		smtp = await startSmtp();
		process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
		resetMailTransport();
	});
	afterAll(async () => {
		process.env.SMTP_URL = previousSmtpUrl;
		resetMailTransport();
		await smtp?.close();
		await processes?.close();
	});

	it('hands each message to the mail server once, however many passes run at once', async () => {
		const subjects = Array.from({ length: 30 }, (_, i) => `claim test ${i}`);
		await processes.first.db.transaction(async (tx) => {
			for (const subject of subjects) {
				await enqueueMail(tx, {
					to: `person${subject.length}@example.test`,
					subject,
					text: subject
				});
			}
		});
		const passes = await Promise.all([
			unsafeDeliverOutbox(processes.first.db, 10),
			unsafeDeliverOutbox(processes.second.db, 10),
			unsafeDeliverOutbox(processes.first.db, 10),
			unsafeDeliverOutbox(processes.second.db, 10),
			unsafeDeliverOutbox(processes.first.db, 10),
			unsafeDeliverOutbox(processes.second.db, 10)
		]);
		expect(passes.reduce((sum, pass) => sum + pass.sent, 0)).toBe(subjects.length);
		const received = smtp.inbox
			.map((mail) => mail.subject)
			.filter((s) => s.startsWith('claim test'));
		expect(received.sort()).toEqual([...subjects].sort());
		const unsent = await processes.first.db.select().from(outbox).where(isNull(outbox.sentAt));
		expect(unsent).toEqual([]);
	});

	// Passes in one process already queue behind each other; the database claim is what keeps two
	// processes apart, so it is exercised here directly, from both handles at once.
	it('never gives the same unsent message to two claims at once', async () => {
		await processes.first.db.transaction(async (tx) => {
			for (let i = 0; i < 40; i++) {
				await enqueueMail(tx, { to: 'claims@example.test', subject: `race ${i}`, text: 'x' });
			}
		});
		const now = new Date();
		const claims = await Promise.all(
			Array.from({ length: 8 }, (_, i) =>
				claimUnsentOutbox(i % 2 ? processes.second.db : processes.first.db, 10, now, 60_000)
			)
		);
		const ids = claims.flat().map((row) => row.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.length).toBe(40);
		// Until the claim lapses nobody else may take them; after it, they can be claimed again.
		expect(await claimUnsentOutbox(processes.first.db, 100, now, 60_000)).toEqual([]);
		const later = new Date(now.getTime() + 61_000);
		expect((await claimUnsentOutbox(processes.second.db, 100, later, 60_000)).length).toBe(40);
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { outbox, presidencyTerms, users } from '../../src/lib/server/db/schema';
import { resetMailTransport, unsafeDeliverOutbox } from '../../src/lib/server/mail/send-mail';
import { openCycle } from '../../src/lib/server/reports/open-cycle';
import { submitReport } from '../../src/lib/server/reports/submit-report';
import { unsafeSendReportReminders } from '../../src/lib/server/reports/send-reminders';
import { startReportReminders } from '../../src/lib/server/reports/reminder-scheduler';
import { listRemindersOfCycle } from '../../src/lib/server/reports/repository';
import { addDays, dayOf } from '../../src/lib/server/reports/reporting-day';
import { unsafeSeedReports } from '../../src/lib/server/reports/seed-reports';
import { openTwoProcesses, testDbKind } from './support/test-db';
import { startSmtp } from './support/smtp';
import { newTestNetwork } from './support/factories';

describe(`report reminders on ${testDbKind}`, () => {
	let processes: Awaited<ReturnType<typeof openTwoProcesses>>;
	let smtp: Awaited<ReturnType<typeof startSmtp>>;
	const origin = 'https://platform.example.test';

	beforeAll(async () => {
		processes = await openTwoProcesses();
		await unsafeSeedReports(processes.first.db);
		smtp = await startSmtp();
		process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
		resetMailTransport();
	});

	afterAll(async () => {
		delete process.env.SMTP_URL;
		resetMailTransport();
		await smtp?.close();
		await processes?.close();
	});

	it('sends each reminder once to each focal point, with two processes running passes at once', async () => {
		const db = processes.first.db;
		const network = await newTestNetwork(db);
		const pres = await network.newParticipant('member');
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const c = await network.newParticipant('member');
		await db
			.insert(presidencyTerms)
			.values({ networkId: network.id, participantId: pres.id, startsOn: '2024-01-01' });
		const presUser = await network.newUser(pres, { role: 'focal_point' });
		const aFocal1 = await network.newUser(a, { role: 'focal_point' });
		const aFocal2 = await network.newUser(a, { role: 'focal_point' });
		await network.newUser(a, { role: 'editor' });
		const bFocal = await network.newUser(b, { role: 'focal_point' });
		const cFocal = await network.newUser(c, { role: 'focal_point' });
		await db.update(users).set({ locale: 'en' }).where(eq(users.id, cFocal.id));
		const { id } = await openCycle(
			presUser.ctx,
			network.slug,
			{
				title: 'Informe 2025',
				periodFrom: '2024-01-01',
				periodTo: '2024-12-31',
				dueOn: '2025-03-31',
				instructions: {},
				participants: [a.code, b.code, c.code],
				reminderOffsets: [14, 3]
			},
			{ now: new Date('2025-03-01T10:00:00Z') }
		);
		await submitReport(
			bFocal.ctx,
			network.slug,
			id,
			b.code,
			{ narrative: 'Listo', releasability: { level: 'members' }, activities: [] },
			{ now: new Date('2025-03-02T10:00:00Z') }
		);
		const recipients = [aFocal1.email, aFocal2.email, cFocal.email];
		const pass = (at: string) =>
			Promise.all([
				unsafeSendReportReminders(processes.first.db, { origin, now: new Date(at) }),
				unsafeSendReportReminders(processes.second.db, { origin, now: new Date(at) })
			]).then((results) => results.reduce((sum, r) => sum + r.queued, 0));

		// Too early for any reminder.
		expect(await pass('2025-03-10T08:00:00Z')).toBe(0);
		// 14 days before: one each, however many passes run at once or after a restart.
		expect(await pass('2025-03-17T08:00:00Z')).toBe(3);
		expect(await pass('2025-03-17T09:00:00Z')).toBe(0);
		expect(await pass('2025-03-20T09:00:00Z')).toBe(0);
		// 3 days before, then once overdue.
		expect(await pass('2025-03-28T08:00:00Z')).toBe(3);
		expect(await pass('2025-03-30T08:00:00Z')).toBe(0);
		expect(await pass('2025-04-01T08:00:00Z')).toBe(3);
		expect(await pass('2025-04-05T08:00:00Z')).toBe(0);

		// Whatever is still under way in either process is delivered before counting.
		await unsafeDeliverOutbox(processes.first.db);
		await unsafeDeliverOutbox(processes.second.db);
		const received = smtp.inbox.filter((m) => recipients.includes(m.to[0]!));
		expect(received).toHaveLength(9);
		const keys = received.map((m) => `${m.to.join(',')}|${m.subject}`);
		expect(new Set(keys).size).toBe(9);
		for (const email of recipients) {
			expect(received.filter((m) => m.to[0] === email)).toHaveLength(3);
		}
		expect(received.some((m) => m.to[0] === bFocal.email)).toBe(false);
		expect(received.some((m) => m.to[0] === presUser.email)).toBe(false);
		const toC = received.filter((m) => m.to[0] === cFocal.email).map((m) => m.subject);
		expect(toC.some((s) => s.includes('overdue'))).toBe(true);

		const unsent = await db.select().from(outbox).where(inArray(outbox.recipient, recipients));
		expect(unsent).toHaveLength(9);
		expect(unsent.every((row) => row.sentAt !== null)).toBe(true);
		const claimed = await listRemindersOfCycle(db, id);
		expect(claimed.map((r) => r.kind).sort()).toEqual(
			[
				...Array(3).fill('before_14'),
				...Array(3).fill('before_3'),
				...Array(3).fill('overdue')
			].sort()
		);
		expect(claimed.every((r) => r.outboxId !== null)).toBe(true);
	});

	it('runs a pass as soon as each process starts it, and stopping waits for that pass', async () => {
		const db = processes.first.db;
		const network = await newTestNetwork(db);
		const pres = await network.newParticipant('member');
		const a = await network.newParticipant('member');
		await db
			.insert(presidencyTerms)
			.values({ networkId: network.id, participantId: pres.id, startsOn: '2024-01-01' });
		const presUser = await network.newUser(pres, { role: 'focal_point' });
		const aFocal = await network.newUser(a, { role: 'focal_point' });
		// Due three days from today: the three-day reminder applies today, and still tomorrow.
		const { id } = await openCycle(presUser.ctx, network.slug, {
			title: 'Informe trimestral',
			periodFrom: '2024-01-01',
			periodTo: '2024-12-31',
			dueOn: addDays(dayOf(new Date()), 3),
			instructions: {},
			participants: [a.code],
			reminderOffsets: [3]
		});
		const stops = [
			startReportReminders(processes.first.db, origin, 60_000),
			startReportReminders(processes.second.db, origin, 60_000)
		];
		await Promise.all(stops.map((stop) => stop()));
		// Both first passes have finished once stopped, and the claim let one reminder through.
		const claimed = await listRemindersOfCycle(db, id);
		expect(claimed.map((r) => [r.userId, r.kind])).toEqual([[aFocal.id, 'before_3']]);
		expect(claimed[0]!.outboxId).not.toBeNull();
		const queued = await db.select().from(outbox).where(eq(outbox.recipient, aFocal.email));
		expect(queued).toHaveLength(1);
	});
});

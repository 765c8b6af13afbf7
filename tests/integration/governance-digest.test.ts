import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { decisionNotifications, outbox } from '../../src/lib/server/db/schema';
import { openDecision } from '../../src/lib/server/decisions/open-decision';
import { recordPosition } from '../../src/lib/server/decisions/record-position';
import { unsafeSettleDueDecisions } from '../../src/lib/server/decisions/settle-decision';
import {
	unsafeQueueDecisionMail,
	unsafeSendDecisionDigests
} from '../../src/lib/server/decisions/send-decision-digests';
import { resetMailTransport, unsafeDeliverOutbox } from '../../src/lib/server/mail/send-mail';
import { openTestDatabase, testDbKind } from './support/test-db';
import { decisionInput, governanceNetwork, hour, setUserMail } from './support/governance';

interface Received {
	to: string[];
	raw: string;
}

/** A real SMTP server on a random local port that keeps what it accepts. */
async function startSmtp() {
	const inbox: Received[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				inbox.push({
					to: session.envelope.rcptTo.map((r) => r.address),
					raw: Buffer.concat(chunks).toString('utf8')
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

function bodyOf(raw: string): string {
	const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
	return Buffer.from(
		body
			.replace(/=\r\n/g, '')
			.replace(/=([0-9A-F]{2})/g, (_, hex: string) => `%${hex}`)
			.replace(/%(?![0-9A-F]{2})/g, '%25'),
		'utf8'
	)
		.toString('utf8')
		.replace(/(%[0-9A-F]{2})+/g, (s) => decodeURIComponent(s));
}

const origin = 'https://platform.example.test';

describe(`decision mail digests on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let g: Awaited<ReturnType<typeof governanceNetwork>>;
	let smtp: Awaited<ReturnType<typeof startSmtp>>;
	const t0 = new Date();

	beforeAll(async () => {
		handle = await openTestDatabase();
		g = await governanceNetwork(handle.db);
		smtp = await startSmtp();
		process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
		resetMailTransport();
	});

	afterAll(async () => {
		delete process.env.SMTP_URL;
		resetMailTransport();
		await smtp?.close();
		await handle?.close();
	});

	it('groups the events of each person into one mail, delivered over SMTP once', async () => {
		await setUserMail(handle.db, g.aUser.id, { locale: 'en', timeZone: 'America/Asuncion' });
		const first = await openDecision(
			g.presUser.ctx,
			g.network.slug,
			decisionInput(new Date(t0.getTime() + 24 * hour), {
				title: { es: 'Calendario 2025', en: 'Calendar 2025' }
			}),
			t0
		);
		const second = await openDecision(
			g.presUser.ctx,
			g.network.slug,
			decisionInput(new Date(t0.getTime() + 72 * hour), {
				title: { es: 'Informe anual', en: 'Annual report' }
			}),
			t0
		);
		// B answers the first one; 47 hours before it closes, only the others are reminded.
		await recordPosition(
			g.bUser.ctx,
			g.network.slug,
			first.id,
			{ position: 'concur', comment: '' },
			t0
		);
		await unsafeQueueDecisionMail(handle.db, new Date(t0.getTime() + hour));
		// At the deadline of the first decision the job settles it, and its outcome is queued too.
		await unsafeSettleDueDecisions(handle.db, new Date(t0.getTime() + 25 * hour));

		// Two processes sending at the same time still send each notification once.
		const [x, y] = await Promise.all([
			unsafeSendDecisionDigests(handle.db, origin, t0),
			unsafeSendDecisionDigests(handle.db, origin, t0)
		]);
		const eligibleFocalPoints = [g.presUser, g.aUser, g.bUser, g.secUser];
		expect(x + y).toBe(eligibleFocalPoints.length);
		expect(await unsafeSendDecisionDigests(handle.db, origin, t0)).toBe(0);

		await unsafeDeliverOutbox(handle.db);
		const recipients = smtp.inbox.flatMap((m) => m.to).sort();
		expect(recipients).toEqual(eligibleFocalPoints.map((u) => u.email).sort());
		for (const stranger of [g.observerUser, g.partnerUser, g.unsignedUser, g.aViewer]) {
			expect(recipients).not.toContain(stranger.email);
		}

		const toA = smtp.inbox.find((m) => m.to.includes(g.aUser.email))!;
		expect(toA.raw).toMatch(/^Subject: RELACOPAZ: 4 updates on decisions\r?$/m);
		const body = bodyOf(toA.raw);
		expect(body).toContain('New decision open: Calendar 2025');
		expect(body).toContain('New decision open: Annual report');
		expect(body).toContain('Reminder: Calendar 2025');
		expect(body).toContain('Outcome of Calendar 2025: adopted');
		expect(body).toContain(`${origin}/networks/${g.network.slug}/decisions/${first.id}`);
		// The deadline is given in the reader's own time zone.
		expect(body).toMatch(/GMT-[34]/);

		const toB = bodyOf(smtp.inbox.find((m) => m.to.includes(g.bUser.email))!.raw);
		expect(toB).not.toContain('Reminder');

		const rows = await handle.db
			.select()
			.from(decisionNotifications)
			.where(inArray(decisionNotifications.decisionId, [first.id, second.id]));
		expect(rows.every((r) => r.sentAt !== null)).toBe(true);
		const sent = await handle.db.select().from(outbox).where(eq(outbox.recipient, g.aUser.email));
		expect(sent).toHaveLength(1);
		expect(sent[0]!.sentAt).not.toBeNull();
	});
});

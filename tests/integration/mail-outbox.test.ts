import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { enqueueMail, unsafeDeliverOutbox } from '../../src/lib/server/mail/send-mail';
import { listOutbox } from '../../src/lib/server/mail/list-outbox';
import { summarizeOutbox } from '../../src/lib/server/mail/summarize-outbox';
import { deliverOutboxNow } from '../../src/lib/server/mail/deliver-outbox-now';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';

async function statusOf(work: Promise<unknown>): Promise<number> {
	try {
		await work;
		return 200;
	} catch (error) {
		return (error as { status?: number }).status ?? 500;
	}
}

describe(`outbox on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;

	beforeAll(async () => {
		delete process.env.SMTP_URL;
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('keeps mail in the outbox without SMTP, for administrators to read', async () => {
		const admin = await network.newUser(null, { admin: true });
		await enqueueMail(handle.db, {
			to: 'someone@example.test',
			subject: 'Hello',
			text: 'First line\nSecond line'
		});
		expect(await unsafeDeliverOutbox(handle.db)).toEqual({ sent: 0, failed: 0 });
		const view = await listOutbox(admin.ctx, { limit: 50, offset: 0 });
		expect(view.smtpConfigured).toBe(false);
		expect(view.unsent).toBeGreaterThanOrEqual(1);
		expect(view.items[0]).toMatchObject({
			recipient: 'someone@example.test',
			subject: 'Hello',
			text: 'First line\nSecond line',
			sentAt: null,
			lastError: null
		});
		expect(await summarizeOutbox(admin.ctx)).toMatchObject({ unsent: view.unsent });
	});

	it('is not there for anyone but administrators', async () => {
		const focalPoint = await network.newUser(await network.newParticipant('member'), {
			role: 'focal_point'
		});
		for (const ctx of [focalPoint.ctx, network.anonymous]) {
			expect(await statusOf(listOutbox(ctx, { limit: 50, offset: 0 }))).toBe(404);
			expect(await statusOf(summarizeOutbox(ctx))).toBe(404);
			expect(await statusOf(deliverOutboxNow(ctx))).toBe(404);
		}
	});

	it('does not roll a message out of a transaction that fails', async () => {
		const admin = await network.newUser(null, { admin: true });
		const before = (await listOutbox(admin.ctx, { limit: 1, offset: 0 })).total;
		await expect(
			handle.db.transaction(async (tx) => {
				await enqueueMail(tx, { to: 'x@example.test', subject: 'Rolled back', text: 'No' });
				throw new Error('change failed');
			})
		).rejects.toThrow('change failed');
		expect((await listOutbox(admin.ctx, { limit: 1, offset: 0 })).total).toBe(before);
	});
});

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../src/lib/server/context';
import { webhookDeliveries, webhookEvents } from '../../src/lib/server/db/schema';
import { withActor } from '../../src/lib/server/db/with-actor';
import { createDocument } from '../../src/lib/server/documents/create-document';
import { updateDocument } from '../../src/lib/server/documents/update-document';
import type { ReleasabilityLevel } from '../../src/lib/releasability/levels';
import { unsafeDeliverWebhooks } from '../../src/lib/server/webhooks/deliver-webhooks';
import { deleteWebhook } from '../../src/lib/server/webhooks/delete-webhook';
import { enqueueWebhookEvent } from '../../src/lib/server/webhooks/enqueue-webhook-event';
import { getWebhook } from '../../src/lib/server/webhooks/get-webhook';
import { listWebhooks } from '../../src/lib/server/webhooks/list-webhooks';
import { registerWebhook } from '../../src/lib/server/webhooks/register-webhook';
import { newTestNetwork } from './support/factories';
import { openTwoProcesses, testDbKind } from './support/test-db';
import { verifyStandardWebhook } from './support/verify-webhook';

interface Received {
	path: string;
	headers: IncomingHttpHeaders;
	body: string;
}

/** A receiving system: records each request and answers with the status of its path. */
async function startReceiver() {
	const received: Received[] = [];
	const failing = new Set<string>();
	const server: Server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const path = request.url ?? '';
			received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString() });
			response.statusCode = failing.has(path) ? 500 : 204;
			response.end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as AddressInfo).port;
	return {
		received,
		failing,
		url: (path: string) => `http://127.0.0.1:${port}${path}`,
		at: (path: string) => received.filter((r) => r.path === path),
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

async function statusOf(work: Promise<unknown>): Promise<number> {
	try {
		await work;
		return 200;
	} catch (error) {
		return (error as { status?: number }).status ?? 500;
	}
}

describe(`webhooks on ${testDbKind}`, () => {
	let processes: Awaited<ReturnType<typeof openTwoProcesses>>;
	let receiver: Awaited<ReturnType<typeof startReceiver>>;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;
	let writer: Ctx;
	let focalB: Ctx;
	let viewerB: Ctx;
	let focalC: Ctx;
	let admin: Ctx;
	let codeB: string;
	let codeC: string;
	const previous = process.env.WEBHOOK_ALLOW_PRIVATE;
	const allowPrivate = { allowPrivate: true };

	beforeAll(async () => {
		processes = await openTwoProcesses();
		receiver = await startReceiver();
		const db = processes.first.db;
		network = await newTestNetwork(db);
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const c = await network.newParticipant('member');
		codeB = b.code;
		codeC = c.code;
		writer = (await network.newUser(a, { role: 'editor' })).ctx;
		focalB = (await network.newUser(b, { role: 'focal_point' })).ctx;
		viewerB = (await network.newUser(b, { role: 'viewer' })).ctx;
		focalC = (await network.newUser(c, { role: 'focal_point' })).ctx;
		admin = (await network.newUser(null, { admin: true })).ctx;
	});

	beforeEach(() => {
		// The receiver listens on the loopback address, which only a closed network may call.
		process.env.WEBHOOK_ALLOW_PRIVATE = '1';
	});

	afterAll(async () => {
		process.env.WEBHOOK_ALLOW_PRIVATE = previous;
		await receiver?.close();
		await processes?.close();
	});

	async function register(path: string, events = ['document.created', 'document.updated']) {
		return registerWebhook(focalB, network.slug, {
			url: receiver.url(path),
			events: events as never,
			description: path
		});
	}

	async function publish(level: ReleasabilityLevel, title: string, participants?: string[]) {
		const { id } = await createDocument(writer, network.slug, {
			title,
			kind: 'report',
			language: 'en',
			body: `Body of ${title}`,
			releasability: { level, participants }
		});
		return id;
	}

	const pass = (now?: Date, db = processes.first.db) =>
		unsafeDeliverWebhooks(db, { ...allowPrivate, now });

	it('sends, signed, only the records released to the webhook’s participant', async () => {
		const hook = await register('/released');
		expect(hook.secret).toMatch(/^whsec_/);
		const ids = {
			public: await publish('public', 'open to all'),
			owner: await publish('owner', 'kept by its writer'),
			namedB: await publish('named', 'shared with B', [codeB]),
			namedC: await publish('named', 'shared with C', [codeC]),
			members: await publish('members', 'for members')
		};
		await pass();
		const got = receiver.at('/released');
		const sent = got.map((r) => JSON.parse(r.body) as { type: string; data: { id: string } });
		expect(sent.map((b) => b.data.id).sort()).toEqual([ids.public, ids.namedB, ids.members].sort());
		for (const request of got) {
			expect(request.headers['content-type']).toBe('application/json');
			expect(await verifyStandardWebhook(hook.secret, request.headers, request.body)).toBe(true);
			const body = JSON.parse(request.body) as {
				type: string;
				data: { network: string; record: { id: string; title: string } };
			};
			expect(body.type).toBe('document.created');
			expect(body.data.network).toBe(network.slug);
			expect(body.data.record.id).toBe(JSON.parse(request.body).data.id);
		}
		expect(receiver.received.some((r) => r.body.includes('kept by its writer'))).toBe(false);
		expect(receiver.received.some((r) => r.body.includes('shared with C'))).toBe(false);

		// The log holds the deliveries made, and nothing about the records withheld.
		const log = await getWebhook(focalB, network.slug, hook.id);
		expect(log.total).toBe(3);
		expect(log.deliveries.every((d) => d.status === 'delivered' && d.attempts === 1)).toBe(true);
		expect(log.deliveries.map((d) => d.id).sort()).toEqual(
			got.map((r) => r.headers['webhook-id']).sort()
		);
	});

	it('retries a failed delivery under the same id, and drops it once the record is withdrawn', async () => {
		const hook = await register('/flaky');
		receiver.failing.add('/flaky');
		const kept = await publish('members', 'retried until it lands');
		const withdrawn = await publish('members', 'withdrawn before the retry');
		const first = new Date();
		await pass(first);
		expect(receiver.at('/flaky')).toHaveLength(2);
		let log = await getWebhook(focalB, network.slug, hook.id);
		expect(log.deliveries.map((d) => [d.status, d.attempts, d.lastStatusCode])).toEqual([
			['pending', 1, 500],
			['pending', 1, 500]
		]);
		for (const d of log.deliveries) {
			expect(new Date(d.nextAttemptAt!).getTime()).toBeGreaterThan(first.getTime());
		}

		await updateDocument(writer, network.slug, withdrawn, {
			releasability: { level: 'owner' }
		});
		receiver.failing.delete('/flaky');
		await pass(new Date(first.getTime() + 2 * 60_000));
		const attempts = receiver.at('/flaky');
		expect(attempts).toHaveLength(3);
		const retried = attempts[2]!;
		expect(JSON.parse(retried.body).data.id).toBe(kept);
		expect(retried.headers['webhook-id']).toBe(
			attempts.find((r) => JSON.parse(r.body).data.id === kept)!.headers['webhook-id']
		);
		expect(
			await verifyStandardWebhook(
				hook.secret,
				retried.headers,
				retried.body,
				Math.floor(first.getTime() / 1000) + 120
			)
		).toBe(true);
		log = await getWebhook(focalB, network.slug, hook.id);
		expect(log.deliveries.map((d) => [d.status, d.attempts])).toEqual([['delivered', 2]]);
	});

	it('gives a delivery up after a day of failures', async () => {
		const hook = await register('/down');
		receiver.failing.add('/down');
		await publish('public', 'never received');
		await pass();
		await pass(new Date(Date.now() + 25 * 60 * 60 * 1000));
		const log = await getWebhook(focalB, network.slug, hook.id);
		expect(log.deliveries.map((d) => [d.status, d.attempts, d.nextAttemptAt])).toEqual([
			['failed', 2, null]
		]);
	});

	it('sends each delivery once when two processes run passes at once', async () => {
		const hook = await register('/shared');
		const titles = Array.from({ length: 6 }, (_, i) => `shared ${i}`);
		for (const title of titles) await publish('public', title);
		await Promise.all([
			pass(undefined, processes.first.db),
			pass(undefined, processes.second.db),
			pass(undefined, processes.first.db),
			pass(undefined, processes.second.db)
		]);
		const ids = receiver.at('/shared').map((r) => r.headers['webhook-id']);
		expect(ids).toHaveLength(titles.length);
		expect(new Set(ids).size).toBe(titles.length);
		expect((await getWebhook(focalB, network.slug, hook.id)).total).toBe(titles.length);
	});

	it('announces a change only when its transaction commits', async () => {
		const count = async () => {
			const [row] = await processes.first.db
				.select({ n: sql<number>`count(*)`.mapWith(Number) })
				.from(webhookEvents)
				.where(eq(webhookEvents.networkId, network.id));
			return row!.n;
		};
		const before = await count();
		await expect(
			withActor(processes.first.db, writer.actor, async (tx) => {
				await enqueueWebhookEvent(tx, {
					networkId: network.id,
					type: 'document.created',
					subject: { id: crypto.randomUUID() }
				});
				throw new Error('the write failed');
			})
		).rejects.toThrow('the write failed');
		expect(await count()).toBe(before);
	});

	it('refuses addresses that are not https or lead to private networks', async () => {
		delete process.env.WEBHOOK_ALLOW_PRIVATE;
		const refusal = async (url: string) => {
			try {
				await registerWebhook(focalB, network.slug, {
					url,
					events: ['document.created'],
					description: ''
				});
			} catch (error) {
				const e = error as { status: number; fieldErrors: { path: string; message: string }[] };
				return [e.status, e.fieldErrors[0]?.path, e.fieldErrors[0]?.message];
			}
			return null;
		};
		expect(await refusal('http://example.org/hook')).toEqual([422, 'url', 'webhooks_err_https']);
		for (const url of [
			'https://127.0.0.1/hook',
			'https://localhost/hook',
			'https://[::1]/hook',
			'https://[::ffff:10.0.0.1]/hook',
			'https://169.254.169.254/latest/meta-data',
			'https://100.64.1.1/',
			'https://[fd00::1]/',
			'https://[fe80::1]/'
		]) {
			expect(await refusal(url), url).toEqual([422, 'url', 'webhooks_err_private']);
		}
	});

	it('checks the address again at delivery time, and sends nothing to a private one', async () => {
		const hook = await register('/closed-network');
		await publish('public', 'not for a private address');
		delete process.env.WEBHOOK_ALLOW_PRIVATE;
		await unsafeDeliverWebhooks(processes.first.db, {});
		expect(receiver.at('/closed-network')).toHaveLength(0);
		const log = await getWebhook(focalB, network.slug, hook.id);
		expect(log.deliveries.map((d) => [d.status, d.lastStatusCode])).toEqual([['pending', null]]);
		expect(log.deliveries[0]!.lastError).toMatch(/not https|private/);
	});

	it('lets only the participant’s focal points manage its webhooks, and only its users see them', async () => {
		const hook = await register('/managed');
		const input = {
			url: receiver.url('/x'),
			events: ['document.created' as const],
			description: ''
		};
		expect(await statusOf(registerWebhook(viewerB, network.slug, input))).toBe(403);
		expect(await statusOf(registerWebhook(admin, network.slug, input))).toBe(403);
		expect(await statusOf(registerWebhook(network.anonymous, network.slug, input))).toBe(401);
		expect(await statusOf(getWebhook(viewerB, network.slug, hook.id))).toBe(200);
		expect((await listWebhooks(viewerB, network.slug)).items.some((h) => h.id === hook.id)).toBe(
			true
		);
		expect((await listWebhooks(focalC, network.slug)).items).toEqual([]);
		expect(await statusOf(getWebhook(focalC, network.slug, hook.id))).toBe(404);
		expect(await statusOf(getWebhook(admin, network.slug, hook.id))).toBe(404);
		expect(await statusOf(deleteWebhook(focalC, network.slug, hook.id))).toBe(404);
		expect(await statusOf(deleteWebhook(viewerB, network.slug, hook.id))).toBe(403);
		expect(await statusOf(deleteWebhook(focalB, network.slug, hook.id))).toBe(200);
		expect(await statusOf(getWebhook(focalB, network.slug, hook.id))).toBe(404);
		const left = await processes.first.db
			.select()
			.from(webhookDeliveries)
			.where(eq(webhookDeliveries.webhookId, hook.id));
		expect(left).toEqual([]);
	});
});

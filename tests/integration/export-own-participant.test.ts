import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { auditLog } from '../../src/lib/server/db/schema';
import { createDocument } from '../../src/lib/server/documents/create-document';
import { exportOwnParticipant } from '../../src/lib/server/export/export-own-participant';
import { requestTranslation } from '../../src/lib/server/documents/request-translation';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';
import { registerWebhook } from '../../src/lib/server/webhooks/register-webhook';

describe(`a participant's own export on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(async () => {
		await handle?.close();
	});

	it('gives a focal point everything its participant owns, and nothing of others', async () => {
		const network = await newTestNetwork(handle.db);
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const focalA = await network.newUser(a, { role: 'focal_point' });
		const editorA = await network.newUser(a, { role: 'editor' });
		const focalB = await network.newUser(b, { role: 'focal_point' });
		const doc = (title: string) => ({
			title,
			kind: 'report' as const,
			language: 'es' as const,
			body: title,
			releasability: { level: 'owner' as const }
		});
		await createDocument(editorA.ctx, network.slug, { ...doc('A secreto'), category: 'doctrine' });
		await createDocument(focalB.ctx, network.slug, doc('B secreto'));
		// A asks B for a translation; B asks A: each request goes out with the one that asked.
		const { id: shared } = await createDocument(focalB.ctx, network.slug, {
			...doc('B compartido'),
			releasability: { level: 'members' }
		});
		const { id: sharedA } = await createDocument(editorA.ctx, network.slug, {
			...doc('A compartido'),
			releasability: { level: 'members' }
		});
		await requestTranslation(editorA.ctx, network.slug, shared, { language: 'pt', note: 'de A' });
		await requestTranslation(focalB.ctx, network.slug, sharedA, { language: 'en', note: 'de B' });

		const previous = process.env.WEBHOOK_ALLOW_PRIVATE;
		process.env.WEBHOOK_ALLOW_PRIVATE = '1';
		const hookOf = (ctx: typeof focalA.ctx, url: string) =>
			registerWebhook(ctx, network.slug, { url, events: ['document.created'], description: url });
		const { secret } = await hookOf(focalA.ctx, 'http://127.0.0.1:9/a');
		await hookOf(focalB.ctx, 'http://127.0.0.1:9/b');
		process.env.WEBHOOK_ALLOW_PRIVATE = previous;

		const data = await exportOwnParticipant(focalA.ctx, network.slug, a.code);
		const documents = data.documents as { title: string; category: string }[];
		expect(documents.map((d) => [d.title, d.category])).toEqual([
			['A secreto', 'doctrine'],
			['A compartido', 'other']
		]);
		expect(
			(data.translationRequests as { documentId: string; language: string; note: string }[]).map(
				(r) => [r.documentId, r.language, r.note]
			)
		).toEqual([[shared, 'pt', 'de A']]);
		expect((data.webhooks as { url: string }[]).map((h) => h.url)).toEqual([
			'http://127.0.0.1:9/a'
		]);
		// The signing secret is shown once, when the webhook is registered, and never exported.
		expect(JSON.stringify(data)).not.toContain(secret);
		expect(JSON.stringify(data)).not.toContain('whsec_');
		const [entry] = await handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'export'))
			.orderBy(desc(auditLog.seq))
			.limit(1);
		expect(entry!.actorUserId).toBe(focalA.id);
	});

	it('answers not found to anyone but the participant’s focal points', async () => {
		const network = await newTestNetwork(handle.db);
		const a = await network.newParticipant('member');
		const b = await network.newParticipant('member');
		const editorA = await network.newUser(a, { role: 'editor' });
		const focalB = await network.newUser(b, { role: 'focal_point' });
		const admin = await network.newUser(null, { admin: true });
		for (const ctx of [editorA.ctx, focalB.ctx, admin.ctx]) {
			await expect(exportOwnParticipant(ctx, network.slug, a.code)).rejects.toMatchObject({
				status: 404
			});
		}
		await expect(
			exportOwnParticipant(network.anonymous, network.slug, a.code)
		).rejects.toMatchObject({ status: 401 });
	});
});

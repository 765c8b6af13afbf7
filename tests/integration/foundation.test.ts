import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import {
	auditLog,
	documents,
	participants,
	signatures,
	networks
} from '../../src/lib/server/db/schema';
import { withActor } from '../../src/lib/server/db/with-actor';
import { appendAudit } from '../../src/lib/server/audit/append-audit';
import { unsafeVerifyAuditChain } from '../../src/lib/server/audit/verify-audit';
import { unsafeSeedNetwork } from '../../src/lib/server/registry/seed-network';
import { getCurrentPresidency } from '../../src/lib/server/registry/get-current-presidency';
import { listParticipants } from '../../src/lib/server/registry/list-participants';
import { listDocuments } from '../../src/lib/server/documents/list-documents';
import { anonymousActor } from '../../src/lib/server/access/actor';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';

describe(`foundation on ${testDbKind}`, () => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(async () => {
		await handle?.close();
	});

	it('seeds the real network once, however often it runs', async () => {
		await unsafeSeedNetwork(handle.db);
		const counts = async () => ({
			networks: (await handle.db.select({ n: count() }).from(networks))[0]!.n,
			participants: (await handle.db.select({ n: count() }).from(participants))[0]!.n,
			documents: (await handle.db.select({ n: count() }).from(documents))[0]!.n,
			signatures: (await handle.db.select({ n: count() }).from(signatures))[0]!.n
		});
		const first = await counts();
		await Promise.all([unsafeSeedNetwork(handle.db), unsafeSeedNetwork(handle.db)]);
		expect(await counts()).toEqual(first);

		const ctx = { db: handle.db, actor: anonymousActor };
		const registry = await listParticipants(ctx, 'relacopaz', 'en');
		const byStatus = (s: string) =>
			registry
				.filter((p) => p.status === s)
				.map((p) => p.code)
				.sort();
		expect(byStatus('observer')).toEqual(['CHN', 'ESP', 'IND', 'PAK']);
		expect(byStatus('partner')).toEqual(['alcopaz', 'un-dpo']);
		expect(byStatus('member')).toContain('ARG');
		expect(byStatus('member')).toContain('PER');
		expect(byStatus('member')).toContain('PRY');
	});

	it('derives the Presidency from the terms by date', async () => {
		const ctx = { db: handle.db, actor: anonymousActor };
		const on = async (day: string) =>
			(await getCurrentPresidency(ctx, 'relacopaz', 'en', day))?.participantCode ?? null;
		expect(await on('2022-01-01')).toBeNull();
		expect(await on('2022-09-06')).toBe('PER');
		expect(await on('2023-09-10')).toBe('PER');
		expect(await on('2023-09-11')).toBe('ARG');
		expect(await on('2025-06-01')).toBe('PRY');
		expect(await on('2026-11-23')).toBe('PRY');
	});

	it('publishes the seed declarations, with the Buenos Aires versions linked as translations', async () => {
		const ctx = { db: handle.db, actor: anonymousActor };
		const list = await listDocuments(ctx, 'relacopaz', {
			kind: 'declaration',
			limit: 50,
			offset: 0
		});
		expect(list.items.every((d) => d.releasability.level === 'public')).toBe(true);
		const es = list.items.find((d) => d.language === 'es' && d.documentDate?.startsWith('2023'));
		const en = list.items.find((d) => d.language === 'en' && d.documentDate?.startsWith('2023'));
		expect(es && en).toBeTruthy();
		expect(en!.translationOf).toBe(es!.id);
		expect(en!.translationMethod).toBe('human');
		expect(es!.translationMethod).toBeNull();
	});

	it('keeps the audit chain intact under concurrent writers, and refuses to rewrite it', async () => {
		const network = await newTestNetwork(handle.db);
		const owner = await network.newParticipant('member');
		const user = await network.newUser(owner);
		await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				withActor(handle.db, user.actor, (tx) =>
					appendAudit(tx, user.actor, { action: 'test', entityType: 'probe', entityId: String(i) })
				)
			)
		);
		const verification = await unsafeVerifyAuditChain(handle.db);
		expect(verification.ok).toBe(true);
		expect(verification.entries).toBeGreaterThanOrEqual(20);

		await expect(
			handle.db.update(auditLog).set({ action: 'forged' }).where(eq(auditLog.entityType, 'probe'))
		).rejects.toThrow();
		await expect(
			handle.db.delete(auditLog).where(eq(auditLog.entityType, 'probe'))
		).rejects.toThrow();
		await expect(
			withActor(handle.db, user.actor, (tx) => tx.select().from(auditLog).limit(1))
		).rejects.toThrow();
	});

	it('isolates concurrent transactions: one rolled back leaves nothing, settings never leak', async () => {
		const network = await newTestNetwork(handle.db);
		const a = await network.newUser(await network.newParticipant('member'));
		const b = await network.newUser(await network.newParticipant('member'));
		const title = `isolation-${Math.random()}`;
		const failing = withActor(handle.db, a.actor, async (tx) => {
			await tx.insert(documents).values({
				networkId: network.id,
				ownerId: a.actor.participant!.id,
				level: 'owner',
				title,
				kind: 'other',
				language: 'en',
				body: 'x'
			});
			throw new Error('roll back');
		});
		const observed = Array.from({ length: 10 }, (_, i) =>
			withActor(handle.db, i % 2 ? a.actor : b.actor, async (tx) => {
				const result = await tx.execute(sql`SELECT current_setting('app.user_id', true) AS who`);
				return (result as unknown as { rows: { who: string }[] }).rows[0]!.who;
			})
		);
		await expect(failing).rejects.toThrow('roll back');
		expect(await Promise.all(observed)).toEqual(
			Array.from({ length: 10 }, (_, i) => (i % 2 ? a.id : b.id))
		);
		const left = await handle.db.select().from(documents).where(eq(documents.title, title));
		expect(left).toEqual([]);
		const outside = await handle.db.execute(
			sql`SELECT current_setting('app.user_id', true) AS who`
		);
		expect((outside as unknown as { rows: { who: string | null }[] }).rows[0]!.who ?? '').toBe('');
	});
});

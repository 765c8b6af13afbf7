import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { apiTokens } from '../../src/lib/server/db/schema';
import { createApiToken } from '../../src/lib/server/auth/create-api-token';
import { listApiTokens } from '../../src/lib/server/auth/list-api-tokens';
import { revokeApiToken } from '../../src/lib/server/auth/revoke-api-token';
import { unsafeResolveSession } from '../../src/lib/server/auth/resolve-actor';
import { hashToken } from '../../src/lib/server/auth/tokens';
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

describe(`API tokens on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;

	beforeAll(async () => {
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('creates a token whose secret is shown once and resolves to its user', async () => {
		const participant = await network.newParticipant('member');
		const user = await network.newUser(participant, { role: 'focal_point' });
		const { id, token } = await createApiToken(handle.db, user.actor, '  reporting script ');
		expect(token).toMatch(/^rlc_/);
		const [row] = await handle.db.select().from(apiTokens).where(eq(apiTokens.id, id));
		expect(row!.tokenHash).toBe(hashToken(token));
		expect(row!.name).toBe('reporting script');

		const resolved = await unsafeResolveSession(handle.db, { bearerToken: token });
		expect(resolved.actor).toMatchObject({
			userId: user.id,
			role: 'focal_point',
			participant: { id: participant.id, code: participant.code }
		});
		const [used] = await handle.db.select().from(apiTokens).where(eq(apiTokens.id, id));
		expect(used!.lastUsedAt).not.toBeNull();

		const listed = await listApiTokens(user.ctx);
		expect(listed.map((t) => ({ id: t.id, name: t.name }))).toEqual([
			{ id, name: 'reporting script' }
		]);
		expect(JSON.stringify(listed)).not.toContain(token);
	});

	it('revokes a token so it no longer resolves', async () => {
		const user = await network.newUser(await network.newParticipant('member'));
		const { id, token } = await createApiToken(handle.db, user.actor, 'ci');
		await revokeApiToken(user.ctx, id);
		expect((await unsafeResolveSession(handle.db, { bearerToken: token })).actor.userId).toBeNull();
		expect(await listApiTokens(user.ctx)).toEqual([]);
		expect(await statusOf(revokeApiToken(user.ctx, id))).toBe(404);
	});

	it('does not let another user, of another participant, see or revoke a token', async () => {
		const owner = await network.newUser(await network.newParticipant('member'), {
			role: 'focal_point'
		});
		const other = await network.newUser(await network.newParticipant('member'), {
			role: 'focal_point'
		});
		const admin = await network.newUser(null, { admin: true });
		const { id, token } = await createApiToken(handle.db, owner.actor, 'mine');
		expect(await statusOf(revokeApiToken(other.ctx, id))).toBe(404);
		expect(await statusOf(revokeApiToken(admin.ctx, id))).toBe(404);
		expect(await statusOf(revokeApiToken(network.anonymous, id))).toBe(401);
		expect(await listApiTokens(other.ctx)).toEqual([]);
		expect((await unsafeResolveSession(handle.db, { bearerToken: token })).actor.userId).toBe(
			owner.id
		);
	});

	it('refuses an anonymous caller and an empty name', async () => {
		const user = await network.newUser(await network.newParticipant('member'));
		expect(await statusOf(createApiToken(handle.db, network.anonymous.actor, 'x'))).toBe(401);
		expect(await statusOf(createApiToken(handle.db, user.actor, '   '))).toBe(422);
		expect(await statusOf(listApiTokens(network.anonymous))).toBe(401);
	});

	it('does not resolve a token of a deactivated user', async () => {
		const user = await network.newUser(await network.newParticipant('member'), { active: false });
		const { token } = await createApiToken(handle.db, user.actor, 'old');
		expect((await unsafeResolveSession(handle.db, { bearerToken: token })).actor.userId).toBeNull();
	});
});

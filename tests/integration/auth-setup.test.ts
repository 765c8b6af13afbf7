import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { oneTimeTokens, users } from '../../src/lib/server/db/schema';
import { unsafeEnsureFirstAdmin } from '../../src/lib/server/auth/ensure-first-admin';
import {
	isAdminSetupUsable,
	unsafeCompleteAdminSetup
} from '../../src/lib/server/auth/complete-admin-setup';
import { unsafeResolveSession } from '../../src/lib/server/auth/resolve-actor';
import { enrollmentRedirect } from '../../src/lib/server/auth/enrollment-guard';
import { adminSetupSchema } from '../../src/lib/server/auth/schemas';
import { parseInput } from '../../src/lib/server/api/validation';
import { hashToken, newSecretToken } from '../../src/lib/server/auth/tokens';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';

const password = 'first administrator passphrase';
const origin = 'https://platform.example.test';

async function statusOf(work: Promise<unknown>): Promise<number> {
	try {
		await work;
		return 200;
	} catch (error) {
		return (error as { status?: number }).status ?? 500;
	}
}

describe(`first administrator setup on ${testDbKind}`, () => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await openTestDatabase();
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('creates the administrator once from the printed link, and sends them to enrolment', async () => {
		const link = await unsafeEnsureFirstAdmin(handle.db, origin);
		expect(link).toMatch(new RegExp(`^${origin}/setup/[A-Za-z0-9_-]+$`));
		const token = link!.slice(`${origin}/setup/`.length);
		expect(await isAdminSetupUsable(handle.db, token)).toBe(true);
		expect(await isAdminSetupUsable(handle.db, `${token}x`)).toBe(false);

		// An email already taken is refused on its field, and the link stays usable.
		const network = await newTestNetwork(handle.db);
		const existing = await network.newUser(await network.newParticipant('member'));
		expect(
			await statusOf(
				unsafeCompleteAdminSetup(handle.db, {
					token,
					email: existing.email,
					name: 'Taken',
					password,
					passwordConfirm: password
				})
			)
		).toBe(422);
		expect(await isAdminSetupUsable(handle.db, token)).toBe(true);

		const input = parseInput(adminSetupSchema, {
			email: ' Admin@Example.TEST ',
			name: ' Ana Admin ',
			password,
			passwordConfirm: password
		});
		const created = await unsafeCompleteAdminSetup(handle.db, { ...input, token });
		const [admin] = await handle.db.select().from(users).where(eq(users.id, created.userId));
		expect(admin).toMatchObject({ email: 'admin@example.test', name: 'Ana Admin', isAdmin: true });

		const session = await unsafeResolveSession(handle.db, { sessionToken: created.sessionToken });
		expect(session.actor).toMatchObject({ userId: created.userId, isAdmin: true });
		expect(enrollmentRedirect(session, '/')).toBe('/account/two-factor');

		// Single use.
		expect(await isAdminSetupUsable(handle.db, token)).toBe(false);
		expect(
			await statusOf(
				unsafeCompleteAdminSetup(handle.db, {
					token,
					email: 'second@example.test',
					name: 'Second',
					password,
					passwordConfirm: password
				})
			)
		).toBe(404);
		expect(await unsafeEnsureFirstAdmin(handle.db, origin)).toBeNull();
	});

	it('refuses an expired link', async () => {
		const token = newSecretToken();
		const now = new Date();
		await handle.db.insert(oneTimeTokens).values({
			purpose: 'admin_setup',
			tokenHash: hashToken(token),
			expiresAt: new Date(now.getTime() - 1000)
		});
		expect(await isAdminSetupUsable(handle.db, token)).toBe(false);
		expect(
			await statusOf(
				unsafeCompleteAdminSetup(handle.db, {
					token,
					email: 'late@example.test',
					name: 'Late',
					password,
					passwordConfirm: password
				})
			)
		).toBe(404);
	});

	it('does not take a password reset link as a setup link', async () => {
		const token = newSecretToken();
		await handle.db.insert(oneTimeTokens).values({
			purpose: 'password_reset',
			tokenHash: hashToken(token),
			expiresAt: new Date(Date.now() + 3600 * 1000)
		});
		expect(await isAdminSetupUsable(handle.db, token)).toBe(false);
	});

	it('refuses mismatched passwords and short passwords', () => {
		expect(() =>
			parseInput(adminSetupSchema, {
				email: 'a@example.test',
				name: 'A',
				password,
				passwordConfirm: `${password}!`
			})
		).toThrow();
		expect(() =>
			parseInput(adminSetupSchema, {
				email: 'a@example.test',
				name: 'A',
				password: 'short',
				passwordConfirm: 'short'
			})
		).toThrow();
	});
});

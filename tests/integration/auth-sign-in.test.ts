import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/lib/server/db/client';
import { loginAttempts, sessions, users } from '../../src/lib/server/db/schema';
import { hashPassword } from '../../src/lib/server/auth/passwords';
import { signIn, type SignInResult } from '../../src/lib/server/auth/sign-in';
import { signOut } from '../../src/lib/server/auth/sign-out';
import { unsafeResolveSession } from '../../src/lib/server/auth/resolve-actor';
import { enrollmentRedirect } from '../../src/lib/server/auth/enrollment-guard';
import { throttleWindowMs } from '../../src/lib/server/auth/login-throttle';
import { hashToken } from '../../src/lib/server/auth/tokens';
import { openTestDatabase, testDbKind } from './support/test-db';
import { newTestNetwork } from './support/factories';

const password = 'correct horse battery staple';
const randomIp = () => `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join('.')}`;

function tokenOf(result: SignInResult): string {
	if (result.outcome !== 'signed_in') throw new Error(`not signed in: ${result.outcome}`);
	return result.token;
}

describe(`sign-in on ${testDbKind}`, () => {
	let handle: DatabaseHandle;
	let network: Awaited<ReturnType<typeof newTestNetwork>>;

	beforeAll(async () => {
		handle = await openTestDatabase();
		network = await newTestNetwork(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function userWithPassword(options: { admin?: boolean; active?: boolean } = {}) {
		const participant = options.admin ? null : await network.newParticipant('member');
		const user = await network.newUser(participant, options);
		await handle.db
			.update(users)
			.set({ passwordHash: await hashPassword(password) })
			.where(eq(users.id, user.id));
		return user;
	}

	it('signs in with the right password, in any letter case, and resolves the session', async () => {
		const user = await userWithPassword();
		const result = await signIn(handle.db, {
			email: `  ${user.email.toUpperCase()} `,
			password,
			ip: randomIp()
		});
		expect(result).toMatchObject({ outcome: 'signed_in', userId: user.id, secondFactor: 'none' });
		const token = tokenOf(result);
		const [stored] = await handle.db.select().from(sessions).where(eq(sessions.userId, user.id));
		expect(stored!.id).toBe(hashToken(token));
		expect(stored!.id).not.toBe(token);
		const session = await unsafeResolveSession(handle.db, { sessionToken: token });
		expect(session.actor.userId).toBe(user.id);
		expect(session.actor.participant?.id).toBe(user.actor.participant?.id);
		expect(session.pendingSecondFactor).toBe(false);
	});

	it('gives the same answer for a wrong password, an unknown email and an inactive account', async () => {
		const user = await userWithPassword();
		const inactive = await userWithPassword({ active: false });
		const ip = randomIp();
		expect(await signIn(handle.db, { email: user.email, password: 'wrong password!', ip })).toEqual(
			{ outcome: 'invalid' }
		);
		expect(
			await signIn(handle.db, { email: `nobody-${randomIp()}@example.test`, password, ip })
		).toEqual({ outcome: 'invalid' });
		expect(await signIn(handle.db, { email: inactive.email, password, ip })).toEqual({
			outcome: 'invalid'
		});
	});

	it('refuses the sixth attempt after five failures, even with the right password', async () => {
		const user = await userWithPassword();
		const other = await userWithPassword();
		const ip = randomIp();
		for (let i = 0; i < 5; i++) {
			const result = await signIn(handle.db, { email: user.email, password: `wrong ${i}`, ip });
			expect(result.outcome).toBe('invalid');
		}
		expect(await signIn(handle.db, { email: user.email, password, ip })).toEqual({
			outcome: 'throttled'
		});
		expect(
			await signIn(handle.db, { email: user.email.toUpperCase(), password, ip: randomIp() })
		).toEqual({ outcome: 'throttled' });
		// Another account, even from the same address, is not affected.
		const otherResult = await signIn(handle.db, { email: other.email, password, ip });
		expect(otherResult.outcome).toBe('signed_in');
		// Once the window has passed, the account can sign in again.
		const later = new Date(Date.now() + throttleWindowMs + 60_000);
		const again = await signIn(handle.db, { email: user.email, password, ip }, later);
		expect(again.outcome).toBe('signed_in');
	});

	it('records attempts per email and per address, and a success wipes no failure', async () => {
		const user = await userWithPassword();
		const ip = randomIp();
		await signIn(handle.db, { email: user.email, password: 'wrong password', ip });
		await signIn(handle.db, { email: user.email, password, ip });
		const byEmail = await handle.db
			.select()
			.from(loginAttempts)
			.where(eq(loginAttempts.key, user.email.toLowerCase()));
		expect(byEmail.map((row) => row.succeeded).sort()).toEqual([false, true]);
		const byIp = await handle.db
			.select()
			.from(loginAttempts)
			.where(and(eq(loginAttempts.key, `ip:${ip}`), eq(loginAttempts.succeeded, false)));
		expect(byIp).toHaveLength(1);
	});

	it('refuses an address after twenty failures, whatever the email', async () => {
		const user = await userWithPassword();
		const ip = randomIp();
		for (let i = 0; i < 20; i++) {
			const result = await signIn(handle.db, {
				email: `guess-${i}-${ip}@example.test`,
				password: 'wrong password',
				ip
			});
			expect(result.outcome).toBe('invalid');
		}
		expect(await signIn(handle.db, { email: user.email, password, ip })).toEqual({
			outcome: 'throttled'
		});
		expect((await signIn(handle.db, { email: user.email, password, ip: randomIp() })).outcome).toBe(
			'signed_in'
		);
	});

	it('does not extend the lock-out with refused attempts', async () => {
		const user = await userWithPassword();
		const ip = randomIp();
		const start = new Date();
		for (let i = 0; i < 5; i++) {
			await signIn(handle.db, { email: user.email, password: 'wrong password', ip }, start);
		}
		const refusedAt = new Date(start.getTime() + throttleWindowMs - 60_000);
		expect((await signIn(handle.db, { email: user.email, password, ip }, refusedAt)).outcome).toBe(
			'throttled'
		);
		const afterWindow = new Date(start.getTime() + throttleWindowMs + 1000);
		expect(
			(await signIn(handle.db, { email: user.email, password, ip }, afterWindow)).outcome
		).toBe('signed_in');
	});

	it('signs out by deleting the session', async () => {
		const user = await userWithPassword();
		const token = tokenOf(await signIn(handle.db, { email: user.email, password, ip: randomIp() }));
		await signOut(handle.db, hashToken(token));
		const session = await unsafeResolveSession(handle.db, { sessionToken: token });
		expect(session.actor.userId).toBeNull();
		expect(await handle.db.select().from(sessions).where(eq(sessions.userId, user.id))).toEqual([]);
	});

	it('sends an administrator without a second factor to enrolment, and nowhere else', async () => {
		const admin = await userWithPassword({ admin: true });
		const result = await signIn(handle.db, { email: admin.email, password, ip: randomIp() });
		expect(result).toMatchObject({ outcome: 'signed_in', secondFactor: 'enroll' });
		const session = await unsafeResolveSession(handle.db, { sessionToken: tokenOf(result) });
		expect(enrollmentRedirect(session, '/admin/outbox')).toBe('/account/two-factor');
		expect(enrollmentRedirect(session, '/api/v1/me')).toBe('/account/two-factor');
		expect(enrollmentRedirect(session, '/account/two-factor')).toBeNull();
		expect(enrollmentRedirect(session, '/logout')).toBeNull();
	});
});
